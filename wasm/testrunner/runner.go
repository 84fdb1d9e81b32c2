package main

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chromedp/cdproto/inspector"
	"github.com/chromedp/chromedp"

	"webtune/wasm/browser"
)

//go:embed page.html
var pageHTML []byte

//go:embed runner.js
var runnerJS []byte

// Config says what to run and where its output goes.
type Config struct {
	Program        string   // path of the wasm binary
	Args           []string // argv, argv[0] the program name
	Env            []string // KEY=VALUE
	Stdout, Stderr io.Writer
	// NotIsolated serves the page without the COOP/COEP headers, so it is not
	// cross-origin isolated (no SharedArrayBuffer): the case of a site that cannot set
	// them, which the SIMD backend must survive on one thread.
	NotIsolated bool
}

// Run runs the program in a fresh headless Chromium and returns its exit code. The
// error is set when the program could not run to its end (no browser, page crash,
// timeout); the code is then 1 unless the program had already exited.
func Run(ctx context.Context, cfg Config) (int, error) {
	wasmExec, err := wasmExecJS()
	if err != nil {
		return 1, err
	}
	if _, err := os.Stat(cfg.Program); err != nil {
		return 1, fmt.Errorf("program to run: %w", err)
	}
	exited := make(chan int, 1)
	srv, err := serve(cfg, wasmExec, exited)
	if err != nil {
		return 1, err
	}
	defer srv.Close()

	tab, stop, err := browser.Start(ctx)
	if err != nil {
		return 1, err
	}
	defer stop()
	crashed := make(chan struct{}, 1)
	if err := chromedp.Listen(tab, func(ev any) {
		if _, ok := ev.(*inspector.EventTargetCrashed); ok {
			select {
			case crashed <- struct{}{}:
			default:
			}
		}
	}); err != nil {
		return 1, fmt.Errorf("listening to the page: %w", err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(srv.URL)); err != nil {
		return 1, fmt.Errorf("loading the runner page %s: %w", srv.URL, err)
	}
	select {
	case code := <-exited:
		return code, nil
	case <-crashed:
		return 1, fmt.Errorf("the page running %s crashed (renderer gone, often out of memory)", cfg.Program)
	case <-ctx.Done():
		return 1, fmt.Errorf("%s did not finish in time: %w", cfg.Program, ctx.Err())
	}
}

// server is the loopback HTTP server the page talks to.
type server struct {
	URL string
	srv *http.Server
}

func (s *server) Close() { s.srv.Close() }

func serve(cfg Config, wasmExec []byte, exited chan<- int) (*server, error) {
	env := map[string]string{}
	for _, kv := range cfg.Env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	config, err := json.Marshal(map[string]any{"argv": cfg.Args, "env": env})
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	static := func(path, ctype string, body []byte) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Write(body)
		})
	}
	static("/{$}", "text/html; charset=utf-8", pageHTML)
	static("/runner.js", "text/javascript", runnerJS)
	static("/wasm_exec.js", "text/javascript", wasmExec)
	static("/config", "application/json", config)
	mux.HandleFunc("GET /program.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		http.ServeFile(w, r, cfg.Program)
	})
	mux.HandleFunc("POST /out", func(w http.ResponseWriter, r *http.Request) {
		dst := cfg.Stdout
		if r.URL.Query().Get("fd") == "2" {
			dst = cfg.Stderr
		}
		io.Copy(dst, r.Body)
	})
	mux.HandleFunc("POST /exit", func(w http.ResponseWriter, r *http.Request) {
		code, err := strconv.Atoi(r.URL.Query().Get("code"))
		if err != nil {
			code = 1
		}
		select {
		case exited <- code:
		default:
		}
	})
	// Cross-origin isolation gives the page SharedArrayBuffer (the SIMD backend's
	// workers share memory); loopback makes it a secure context (WebGPU).
	isolated := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !cfg.NotIsolated {
			w.Header().Set("Cross-Origin-Opener-Policy", "same-origin")
			w.Header().Set("Cross-Origin-Embedder-Policy", "require-corp")
		}
		w.Header().Set("Cache-Control", "no-store")
		mux.ServeHTTP(w, r)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listening on loopback: %w", err)
	}
	s := &server{URL: "http://" + ln.Addr().String() + "/", srv: &http.Server{Handler: isolated}}
	go s.srv.Serve(ln)
	return s, nil
}

// wasmExecJS reads the wasm_exec.js of the Go that builds the programs: the glue must
// match the toolchain's version.
func wasmExecJS() ([]byte, error) {
	root := os.Getenv("GOROOT")
	if root == "" {
		r, err := goEnvGOROOT()
		if err != nil {
			return nil, fmt.Errorf("finding GOROOT with `go env GOROOT` (set GOROOT instead): %w", err)
		}
		root = r
	}
	b, err := os.ReadFile(filepath.Join(root, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return nil, fmt.Errorf("reading Go's wasm_exec.js (set GOROOT to the Go that built the program): %w", err)
	}
	return b, nil
}

// goEnvGOROOT asks the go command on PATH (the one `go test -exec` runs under).
func goEnvGOROOT() (string, error) {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}
