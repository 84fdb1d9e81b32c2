package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"webtune/web"
)

func init() {
	register("serve", "serve the app, the weights and the datasets over HTTP", runServe)
	web.Routes() // the shell pre-renders the same routes the wasm UI declares
}

// serveConfig is what `webtune serve` is told by its flags.
type serveConfig struct {
	addr      string
	dataDir   string
	staticDir string
	poll      time.Duration
	// headerTimeout bounds the time a client may take to send its request headers.
	headerTimeout time.Duration
	fetch         fetchConfig // the background download of missing weights and dataset
}

func runServe(args []string) error {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	var cfg serveConfig
	fl.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fl.StringVar(&cfg.dataDir, "data", "./data", "data directory: weights/*.safetensors and datasets/<name>/{train,test}/<class>/*")
	fl.StringVar(&cfg.staticDir, "static", "./static", "static assets; the UI build is in its build/ folder (make build)")
	fl.DurationVar(&cfg.poll, "poll", 3*time.Second, "how often the data directory is checked for changes")
	fl.DurationVar(&cfg.headerTimeout, "header-timeout", 10*time.Second, "how long a client may take to send its request headers")
	cfg.fetch.flags(fl)
	if err := fl.Parse(args); err != nil {
		return err
	}
	if err := cfg.check(); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	ctx, stop := signalContext()
	defer stop()
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w (is another webtune running? pass -addr)", cfg.addr, err)
	}
	return serve(ctx, ln, cfg, log)
}

// signalContext is done on SIGINT (Ctrl-C) or SIGTERM (a service manager's stop).
func signalContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// serve runs the server on ln until ctx is done, then shuts down gracefully: requests
// in flight get shutdownGrace to finish.
func serve(ctx context.Context, ln net.Listener, cfg serveConfig, log *slog.Logger) error {
	s, ix, err := newSite(cfg, log)
	if err != nil {
		ln.Close()
		return err
	}
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: cfg.headerTimeout,
		ReadTimeout:       30 * time.Second,
		// Long enough for the weights over a slow link; a stuck client is cut off.
		WriteTimeout:   30 * time.Minute,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: maxHeaderBytes,
		// "OPTIONS *" reaches the handler (405 with the isolation headers) instead of
		// Go's own bare 200.
		DisableGeneralOptionsHandler: true,
		ErrorLog:                     slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	go s.watch(ctx, ix, cfg)
	var fetching sync.WaitGroup // a download in progress ends with ctx; shutdown waits for it
	fetching.Go(func() { s.autoFetch(ctx, cfg.dataDir, cfg.fetch, log) })
	defer fetching.Wait()
	log.Info("serving", "url", "http://"+ln.Addr().String()+"/", "data", cfg.dataDir)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(isolatingListener{ln}) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	log.Info("shutting down: finishing requests in flight", "grace", shutdownGrace)
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutting down: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	log.Info("stopped")
	return nil
}

const shutdownGrace = 10 * time.Second

// newSite prepares the data directory (drawing the built-in dataset when it has none),
// indexes it and the static assets, and returns the handler.
func newSite(cfg serveConfig, log *slog.Logger) (*site, *indexer, error) {
	if err := os.MkdirAll(filepath.Join(cfg.dataDir, datasetsDir), 0o755); err != nil {
		return nil, nil, fmt.Errorf("creating the data directory %s: %w", cfg.dataDir, err)
	}
	if err := ensureBuiltinDataset(cfg.dataDir, false, log); err != nil {
		return nil, nil, err
	}
	ix, err := newIndexer(cfg.dataDir, log)
	if err != nil {
		return nil, nil, err
	}
	s := &site{log: log, dataSig: treeSignature(cfg.dataDir), staticSig: treeSignature(cfg.staticDir)}
	start := time.Now()
	x := ix.build()
	s.data.Store(x)
	logIndex(log, x, time.Since(start))
	st, err := loadStatic(cfg.staticDir, log)
	if err != nil {
		return nil, nil, err
	}
	s.setStatic(st)
	return s, ix, nil
}

func logIndex(log *slog.Logger, x *dataIndex, took time.Duration) {
	log.Info("indexed data", "weights", len(x.weights), "datasets", len(x.manifests), "images", len(x.images), "took", took.Round(time.Millisecond))
	if !x.hasWeights {
		log.Warn("no pretrained weights: the page offers training from random init", "fix", noWeightsNote(x.root.Name()))
	}
}

// setStatic installs a static index and the go-app shell that points at its versioned
// URLs, so a new build changes the URLs the page loads and the service worker's version.
func (s *site) setStatic(st *staticIndex) {
	s.static.Store(st)
	s.shell.Store(&app.Handler{
		Name:        "webtune",
		ShortName:   "webtune",
		Title:       "webtune — fine-tune ResNet-18 in the browser",
		Description: "Fine-tune ResNet-18 in the browser with WebGPU or WebAssembly SIMD.",
		Lang:        "en",
		Version:     st.version,
		Icon:        app.Icon{Default: "/web/icon.svg", Large: "/web/icon.svg", SVG: "/web/icon.svg", AppleTouch: "/web/icon.svg"},
		Styles:      []string{st.url("/web/style.css")},
		Resources:   resources{wasm: st.url("/web/app.wasm")},
		// The compute worker loads these with the app's version (web.WorkerScript), and
		// the pages are the routes: listing them lets go-app's service worker keep them
		// for offline visits (it matches whole URLs, query included).
		CacheableResources: []string{"/web/worker.js?v=" + st.version, "/web/wasm_exec.js?v=" + st.version,
			"/web/worker.wasm?v=" + st.version, "/", "/classify", "/train"},
		LoadingLabel:    "loading webtune {progress}%",
		BackgroundColor: "#f6f7f9",
		ThemeColor:      "#1f6feb",
	})
}

// resources tells go-app where the wasm is. It is not an http.Handler: /web/ is served
// by the static index, with compression and caching go-app's file server lacks.
type resources struct{ wasm string }

func (r resources) Package() string { return "" }
func (r resources) Static() string  { return "" }
func (r resources) AppWASM() string { return r.wasm }

// watch re-indexes the data and static directories when they change. Polling (every
// cfg.poll) costs a directory walk and works on every file system.
func (s *site) watch(ctx context.Context, ix *indexer, cfg serveConfig) {
	dataSig, staticSig := s.dataSig, s.staticSig
	t := time.NewTicker(cfg.poll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if sig := treeSignature(cfg.dataDir); sig != dataSig || ix.hasStale() {
			dataSig = sig
			start := time.Now()
			x := ix.build()
			s.data.Store(x)
			logIndex(s.log, x, time.Since(start))
		}
		if sig := treeSignature(cfg.staticDir); sig != staticSig {
			staticSig = sig
			st, err := loadStatic(cfg.staticDir, s.log)
			if err != nil {
				s.log.Warn("static assets not re-indexed", "err", err)
				continue
			}
			s.setStatic(st)
			s.log.Info("static assets re-indexed", "version", st.version)
		}
	}
}

// treeSignature summarizes names, sizes and times under dir; any change changes it.
func treeSignature(dir string) string {
	h := newSigHash()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if info, err := d.Info(); err == nil {
			h.add(p, info.Size(), info.ModTime(), info.Mode())
		}
		return nil
	})
	return h.sum()
}
