package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"webtune/web"
)

// pausingServer serves one file. The first request gets half of it, then waits until
// release is closed and drops the connection; later requests get it whole (Range
// honoured). It records every request's Range header ("" for none).
type pausingServer struct {
	name    string
	data    []byte
	release chan struct{}

	mu     sync.Mutex
	ranges []string
}

func (p *pausingServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.ranges = append(p.ranges, r.Header.Get("Range"))
	first := len(p.ranges) == 1
	p.mu.Unlock()
	if r.URL.Path != "/"+p.name {
		http.NotFound(w, r)
		return
	}
	if first {
		w.Header().Set("Content-Length", fmt.Sprint(len(p.data)))
		w.WriteHeader(http.StatusOK)
		w.Write(p.data[:len(p.data)/2])
		w.(http.Flusher).Flush()
		<-p.release
		if conn, _, err := http.NewResponseController(w).Hijack(); err == nil {
			conn.Close()
		}
		return
	}
	http.ServeContent(w, r, p.name, time.Time{}, strings.NewReader(string(p.data)))
}

func (p *pausingServer) requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.ranges...)
}

// startFetchingServer serves data (which the caller fills) with a background fetch
// configured by fc.
func startFetchingServer(t *testing.T, data string, fc fetchConfig) *testServer {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	logs := &syncBuffer{}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{url: "http://" + ln.Addr().String(), data: data, logs: logs, cancel: cancel, stopped: make(chan error, 1)}
	cfg := serveConfig{dataDir: data, staticDir: testStatic(t), poll: 50 * time.Millisecond, headerTimeout: 2 * time.Second, fetch: fc}
	go func() { ts.stopped <- serve(ctx, ln, cfg, slog.New(slog.NewTextHandler(logs, nil))) }()
	t.Cleanup(func() {
		cancel()
		if err := <-ts.stopped; err != nil {
			t.Errorf("server did not stop cleanly: %v", err)
		}
	})
	return ts
}

// weightsList is GET /weights, or nil while the server is not answering yet.
func weightsList(t *testing.T, base string) *web.WeightsList {
	resp, err := http.Get(base + web.WeightsPath)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	var wl web.WeightsList
	if err := json.NewDecoder(resp.Body).Decode(&wl); err != nil {
		t.Fatalf("GET /weights: %v", err)
	}
	return &wl
}

func fetchState(t *testing.T, base string) *web.FetchStatus {
	if wl := weightsList(t, base); wl != nil {
		return wl.Fetch
	}
	return nil
}

func TestServeDownloadsMissingDataInBackground(t *testing.T) {
	zipData := imageFolderZip(t, nil)
	mirror := &pausingServer{name: "hotdog.zip", data: zipData, release: make(chan struct{})}
	srv := httptest.NewServer(mirror)
	defer srv.Close()
	defer func() {
		select {
		case <-mirror.release:
		default:
			close(mirror.release) // let the handler end if the test failed early
		}
	}()
	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets")) // no built-in drawing
	ts := startFetchingServer(t, data, fetchConfig{mode: "auto", retries: 3, client: &http.Client{Timeout: time.Minute},
		srcs: []source{{file: "hotdog.zip", url: srv.URL + "/hotdog.zip", algo: "sha1", want: sha1hex(zipData), kind: "dataset"}}})

	// Half the file has arrived and the server holds the rest back: the listing says so.
	half := int64(len(zipData) / 2)
	waitFor(t, "the listing to show the download half done", func() bool {
		st := fetchState(t, ts.url)
		return st != nil && st.State == web.FetchDownloading && st.File == "hotdog.zip" && st.Done == half && st.Total == int64(len(zipData))
	})
	if strings.Contains(ts.logs.String(), "Offline") {
		t.Errorf("a reachable mirror was reported offline:\n%s", ts.logs)
	}
	close(mirror.release) // the connection drops; the fetch resumes from the middle

	waitFor(t, "the download to finish", func() bool {
		st := fetchState(t, ts.url)
		return st != nil && st.State == web.FetchDone
	})
	if got := mirror.requests(); len(got) != 2 || got[1] != fmt.Sprintf("bytes=%d-", half) {
		t.Errorf("requests' Range headers %q, want a whole request then one resumed at %d", got, half)
	}
	waitFor(t, "the new dataset in the listing", func() bool {
		_, body := get(t, ts.url+web.DatasetsPath)
		var dl web.DatasetList
		json.Unmarshal(body, &dl)
		for _, d := range dl.Datasets {
			if d.Name == hotdogDataset && d.Counts["train"][0] == 3 {
				return true
			}
		}
		return false
	})
}

func TestServeOffline(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	dead := "http://" + ln.Addr().String()
	ln.Close() // nothing listens there now: no network
	ts := startFetchingServer(t, t.TempDir(), fetchConfig{mode: "auto", mirror: dead, client: &http.Client{Timeout: time.Minute}})
	var st *web.FetchStatus
	waitFor(t, "the offline state", func() bool {
		st = fetchState(t, ts.url)
		return st != nil && st.State == web.FetchOffline
	})
	for _, want := range []string{"Offline", dead + "/resnet18-f37072fd.pth", "built-in shapes dataset", "random init", "webtune fetch"} {
		if !strings.Contains(st.Message, want) {
			t.Errorf("offline message lacks %q: %s", want, st.Message)
		}
	}
	if n := strings.Count(ts.logs.String(), "Offline:"); n != 1 {
		t.Errorf("the offline note is logged %d times, want once:\n%s", n, ts.logs)
	}
	// The built-in dataset is served all the same.
	_, body := get(t, ts.url+web.DatasetsPath)
	var dl web.DatasetList
	if err := json.Unmarshal(body, &dl); err != nil || len(dl.Datasets) != 1 || !dl.Datasets[0].Builtin {
		t.Errorf("offline: datasets %s (%v), want the built-in one", body, err)
	}
}

func TestServeFetchOffAndNothingMissing(t *testing.T) {
	var hits int
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits++
		mu.Unlock()
		http.NotFound(w, r)
	}))
	defer srv.Close()
	srcs := []source{{file: "hotdog.zip", url: srv.URL + "/hotdog.zip", algo: "sha1", want: strings.Repeat("0", 40), kind: "dataset"}}

	data := t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", "pets"))
	ts := startFetchingServer(t, data, fetchConfig{mode: "off", srcs: srcs})
	waitFor(t, "the off state", func() bool {
		st := fetchState(t, ts.url)
		return st != nil && st.State == web.FetchOff && strings.Contains(st.Message, "webtune fetch")
	})

	// Everything in place: no download, no status in the listing.
	data = t.TempDir()
	smallDataset(t, filepath.Join(data, "datasets", hotdogDataset))
	ts = startFetchingServer(t, data, fetchConfig{mode: "auto", srcs: srcs})
	waitFor(t, "the server", func() bool { return weightsList(t, ts.url) != nil })
	if wl := weightsList(t, ts.url); wl.Fetch != nil {
		t.Errorf("nothing missing, yet the listing shows a fetch: %+v", wl.Fetch)
	}
	mu.Lock()
	defer mu.Unlock()
	if hits != 0 {
		t.Errorf("%d requests to the mirror, want none", hits)
	}
}

func TestServeFetchFlag(t *testing.T) {
	if err := runServe([]string{"-fetch", "sometimes"}); err == nil || !strings.Contains(err.Error(), "want auto or off") {
		t.Errorf("-fetch sometimes: %v", err)
	}
}
