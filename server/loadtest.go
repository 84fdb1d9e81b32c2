package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"webtune/model"
	"webtune/web"
)

func init() {
	register("loadtest", "load-test a `webtune serve` on loopback: N clients download the weights and a whole dataset", runLoadtest)
}

func runLoadtest(args []string) error {
	fl := flag.NewFlagSet("loadtest", flag.ContinueOnError)
	levels := fl.String("clients", "10,100,500", "comma-separated numbers of concurrent clients, one run each")
	dataDir := fl.String("data", "", "data directory to serve (default: a temporary one with the built-in dataset and random-init 1000-class weights)")
	staticDir := fl.String("static", "./static", "static assets folder")
	maxTime := fl.Duration("max-time", 90*time.Second, "time limit of one run; clients not done by then are reported as cut off")
	if err := fl.Parse(args); err != nil {
		return err
	}
	var ns []int
	for _, s := range strings.Split(*levels, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 || n > 5000 {
			return fmt.Errorf("-clients %q: want positive numbers up to 5000", *levels)
		}
		ns = append(ns, n)
	}
	if *dataDir == "" {
		tmp, err := os.MkdirTemp("", "webtune-loadtest-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		if err := os.MkdirAll(filepath.Join(tmp, weightsDir), 0o755); err != nil {
			return err
		}
		if err := model.WriteSafetensors(filepath.Join(tmp, weightsDir, "random-init.safetensors"), model.InitState(1000, 1), nil); err != nil {
			return err
		}
		*dataDir = tmp
	}
	srv, err := startServeProcess(*dataDir, *staticDir)
	if err != nil {
		return err
	}
	defer srv.stop()
	work, err := loadWork(srv.url)
	if err != nil {
		return err
	}
	fmt.Printf("server %s (pid %d); each client downloads %s of weights and %d images (%s) of dataset %q\n",
		srv.url, srv.cmd.Process.Pid, web.FormatBytes(work.weightsSize), len(work.images), web.FormatBytes(work.imageBytes), work.dataset)
	fmt.Printf("%7s %9s %9s %7s %10s %9s %12s %12s %10s %10s %11s\n",
		"clients", "done", "requests", "errors", "MB/s", "req/s", "weights p50", "weights p99", "image p50", "image p99", "server RSS")
	for _, n := range ns {
		srv.resetPeak()
		r := runLoad(srv.url, work, n, *maxTime)
		fmt.Printf("%7d %9s %9d %7d %10.0f %9.0f %12s %12s %10s %10s %11s\n",
			n, fmt.Sprintf("%d/%d", r.done, n), r.requests, r.errors, float64(r.bytes)/1e6/r.wall.Seconds(), float64(r.requests)/r.wall.Seconds(),
			pct(r.weightLat, 50), pct(r.weightLat, 99), pct(r.imageLat, 50), pct(r.imageLat, 99), web.FormatBytes(srv.peakRSS()))
		if r.firstErr != nil {
			fmt.Printf("        first error: %v\n", r.firstErr)
		}
	}
	return nil
}

// serveProcess is `webtune serve` running as a child, so its memory is its own.
type serveProcess struct {
	cmd *exec.Cmd
	url string
}

func startServeProcess(dataDir, staticDir string) (*serveProcess, error) {
	bin, err := os.Executable()
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command(bin, "serve", "-addr", addr, "-data", dataDir, "-static", staticDir)
	logf, err := os.CreateTemp("", "webtune-loadtest-server-*.log")
	if err != nil {
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s serve: %w", bin, err)
	}
	p := &serveProcess{cmd: cmd, url: "http://" + addr}
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(100 * time.Millisecond) {
		resp, err := http.Get(p.url + web.WeightsPath)
		if err == nil {
			resp.Body.Close()
			fmt.Printf("server log: %s\n", logf.Name())
			return p, nil
		}
		if time.Now().After(deadline) {
			p.stop()
			return nil, fmt.Errorf("server did not come up (log: %s)", logf.Name())
		}
	}
}

func (p *serveProcess) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	p.cmd.Wait()
}

// resetPeak resets the kernel's peak-RSS mark of the server (Linux: clear_refs 5).
func (p *serveProcess) resetPeak() {
	os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", p.cmd.Process.Pid), []byte("5"), 0)
}

// peakRSS reads the server's peak resident memory since the last reset (VmHWM).
func (p *serveProcess) peakRSS() int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb * 1000
		}
	}
	return -1
}

// work is what each client downloads.
type work struct {
	weightsURL  string
	weightsSize int64
	dataset     string
	images      []web.ManifestImage
	imageBytes  int64
}

func loadWork(base string) (work, error) {
	var w work
	var wl web.WeightsList
	var dl web.DatasetList
	if err := getJSONURL(base+web.WeightsPath, &wl); err != nil {
		return w, err
	}
	if err := getJSONURL(base+web.DatasetsPath, &dl); err != nil {
		return w, err
	}
	if len(wl.Weights) == 0 || len(dl.Datasets) == 0 {
		return w, errors.New("the server has no weights or no dataset to download")
	}
	w.weightsURL, w.weightsSize = wl.Weights[0].URL, wl.Weights[0].Size
	var m web.Manifest
	if err := getJSONURL(base+dl.Datasets[0].ManifestURL, &m); err != nil {
		return w, err
	}
	w.dataset = m.Name
	for _, s := range web.Splits {
		w.images = append(w.images, m.Splits[s]...)
	}
	for _, im := range w.images {
		w.imageBytes += im.Size
	}
	return w, nil
}

func getJSONURL(u string, v any) error {
	resp, err := http.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// loadResult sums one run.
type loadResult struct {
	done, requests, errors int
	bytes                  int64
	wall                   time.Duration
	weightLat, imageLat    []time.Duration
	firstErr               error
}

// runLoad starts n clients at once; each downloads the weights, then every image of
// the dataset, one request at a time, checking each size.
func runLoad(base string, w work, n int, maxTime time.Duration) loadResult {
	ctx, cancel := context.WithTimeout(context.Background(), maxTime)
	defer cancel()
	tr := &http.Transport{MaxIdleConnsPerHost: n, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	var (
		mu       sync.Mutex
		res      loadResult
		bytesAll atomic.Int64
		wg       sync.WaitGroup
	)
	get := func(u string, size int64) (time.Duration, error) {
		start := time.Now()
		req, _ := http.NewRequestWithContext(ctx, "GET", base+u, nil)
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		got, err := io.Copy(io.Discard, resp.Body)
		bytesAll.Add(got)
		if err != nil {
			return 0, err
		}
		if resp.StatusCode != 200 || got != size {
			return 0, fmt.Errorf("GET %s: %s, %d bytes, want 200 and %d", u, resp.Status, got, size)
		}
		return time.Since(start), nil
	}
	start := time.Now()
	for range n {
		wg.Go(func() {
			var wl, il []time.Duration
			errs, reqs := 0, 0
			var first error
			record := func(into *[]time.Duration, lat time.Duration, err error) bool {
				reqs++
				if err != nil {
					if ctx.Err() == nil {
						errs++
						if first == nil {
							first = err
						}
					}
					return false
				}
				*into = append(*into, lat)
				return true
			}
			lat, err := get(w.weightsURL, w.weightsSize)
			ok := record(&wl, lat, err)
			for _, im := range w.images {
				if ctx.Err() != nil {
					ok = false
					break
				}
				lat, err := get(im.URL, im.Size)
				ok = record(&il, lat, err) && ok
			}
			mu.Lock()
			defer mu.Unlock()
			res.requests += reqs
			res.errors += errs
			if ok && ctx.Err() == nil {
				res.done++
			}
			if res.firstErr == nil {
				res.firstErr = first
			}
			res.weightLat = append(res.weightLat, wl...)
			res.imageLat = append(res.imageLat, il...)
		})
	}
	wg.Wait()
	res.wall = time.Since(start)
	res.bytes = bytesAll.Load()
	return res
}

func pct(lat []time.Duration, p int) string {
	if len(lat) == 0 {
		return "-"
	}
	s := slices.Clone(lat)
	slices.Sort(s)
	return s[min(len(s)-1, len(s)*p/100)].Round(100 * time.Microsecond).String()
}
