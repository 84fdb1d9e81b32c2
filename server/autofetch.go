package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"webtune/web"
)

// The serve-time download: when the data directory lacks the ImageNet weights or the
// hotdog dataset, `webtune serve` runs the same download as `webtune fetch` (resumed,
// verified, converted, unpacked) in the background. GET /weights reports its progress,
// and the data directory's polling picks the files up when they land. Offline, it says
// once that the built-in data is what is served.

// fetchConfig is what serve's -fetch and -mirror flags say. Its zero value (tests that
// build a serveConfig by hand) downloads nothing and reports nothing.
type fetchConfig struct {
	mode   string // "auto", "off", or "" (no background fetch, no status)
	mirror string // base URL for the same file names (fetch -mirror)
	// srcs, when set, replace the upstream sources (tests serve files of their own
	// making, with their own hashes).
	srcs    []source
	client  *http.Client // nil: the fetch command's client
	retries int          // resumed attempts after a dropped connection; 0: fetch's 5
}

// flags registers -fetch and -mirror on a serve flag set.
func (c *fetchConfig) flags(fl *flag.FlagSet) {
	c.mode = "auto"
	fl.Func("fetch", "auto: download the ImageNet weights and the hotdog dataset in the background when missing, "+
		"as `webtune fetch` (default); off: never", func(v string) error {
		if v != "auto" && v != "off" {
			return fmt.Errorf("%q: want auto or off", v)
		}
		c.mode = v
		return nil
	})
	fl.StringVar(&c.mirror, "mirror", "", "base URL to download the same file names from instead of the upstream hosts (as fetch -mirror)")
}

// fetchProgress holds the background fetch's status for the listing.
type fetchProgress struct {
	mu sync.Mutex
	st *web.FetchStatus // nil: no background fetch
}

func (p *fetchProgress) get() *web.FetchStatus {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.st == nil {
		return nil
	}
	st := *p.st
	return &st
}

func (p *fetchProgress) set(st web.FetchStatus) {
	p.mu.Lock()
	p.st = &st
	p.mu.Unlock()
}

// autoFetch downloads what the data directory lacks, reporting into s.fetch. It
// returns when the download ends (or ctx does).
func (s *site) autoFetch(ctx context.Context, dataDir string, c fetchConfig, log *slog.Logger) {
	if c.mode == "" {
		return
	}
	srcs := c.srcs
	if srcs == nil {
		srcs = withMirror(upstream, c.mirror)
	}
	f := &fetcher{dataDir: dataDir, client: c.client, retries: c.retries, limits: defaultUnzipLimits}
	if f.client == nil {
		f.client = fetchClient()
	}
	if f.retries == 0 {
		f.retries = 5
	}
	var missing []source
	var names, instead []string
	for _, src := range srcs {
		if _, err := os.Stat(f.target(src)); err != nil {
			missing = append(missing, src)
			names = append(names, src.file)
			if src.kind == "weights" {
				instead = append(instead, "untrained weights (training starts from random init)")
			} else {
				instead = append(instead, "the built-in shapes dataset")
			}
		}
	}
	if len(missing) == 0 {
		return
	}
	what := strings.Join(names, " and ")
	if c.mode == "off" {
		s.fetch.set(web.FetchStatus{State: web.FetchOff,
			Message: fmt.Sprintf("%s not downloaded: the server runs with -fetch=off. Run `webtune fetch` on the server to get them.", what)})
		log.Info("automatic download off (-fetch=off): serving what the data directory has", "missing", what)
		return
	}
	log.Info("downloading in the background what the data directory lacks (-fetch=off stops this)", "files", what, "from", missing[0].url)
	s.fetch.set(web.FetchStatus{State: web.FetchDownloading, File: missing[0].file, Total: -1,
		Message: "downloading " + what})
	f.report = func(file string, done, total int64) {
		msg := "downloading " + file
		if done == total {
			msg = "verifying and unpacking " + file
		}
		s.fetch.set(web.FetchStatus{State: web.FetchDownloading, File: file, Done: done, Total: total, Message: msg})
	}
	start := time.Now()
	err := f.fetchAll(ctx, missing)
	var unreachable *url.Error
	switch {
	case ctx.Err() != nil:
		return
	case err == nil:
		s.fetch.set(web.FetchStatus{State: web.FetchDone, Message: what + " downloaded and in place"})
		log.Info("background download done: the listings pick the files up at the next poll", "files", what, "took", time.Since(start).Round(time.Second))
	case errors.As(err, &unreachable):
		msg := fmt.Sprintf("Offline: cannot reach %s, so this server runs on %s. "+
			"With network access, run `webtune fetch` (or restart `webtune serve`), or pass -mirror URL.", unreachable.URL, strings.Join(instead, " and "))
		s.fetch.set(web.FetchStatus{State: web.FetchOffline, Message: msg})
		log.Warn(msg)
	default:
		s.fetch.set(web.FetchStatus{State: web.FetchFailed, Message: err.Error()})
		log.Warn("background download failed", "err", err)
	}
}

// fetchClient is the HTTP client of `webtune fetch` and of serve's background fetch.
func fetchClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 15 * time.Second}).DialContext,
		TLSHandshakeTimeout:   15 * time.Second,
		ResponseHeaderTimeout: 30 * time.Second,
	}}
}

// serveWeightsList serves GET /weights: the index's listing, with the background
// fetch's status when there is one (then built per request, as it changes).
func (s *site) serveWeightsList(w http.ResponseWriter, r *http.Request) {
	x := s.data.Load()
	st := s.fetch.get()
	if st == nil {
		x.serveWeightsList(w, r)
		return
	}
	var list web.WeightsList
	if err := json.Unmarshal(x.weightsList.body, &list); err != nil {
		http.Error(w, "listing the weights: "+err.Error(), http.StatusInternalServerError)
		return
	}
	list.Fetch = st
	newJSONDoc(list).serve(w, r)
}
