package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	wbrowser "webtune/wasm/browser"
)

// built is what TestMain builds once: the webtune binary and a static folder with the
// UI, the worker and Go's wasm_exec.js.
var built struct {
	bin, static, outDir string
}

func TestMain(m *testing.M) {
	if _, err := wbrowser.Path(); err != nil {
		if os.Getenv("CI") == "true" {
			fmt.Fprintln(os.Stderr, "e2e: CI=true but", err)
			os.Exit(1)
		}
		fmt.Fprintln(os.Stderr, "e2e: skipped:", err)
		os.Exit(0)
	}
	dir, err := os.MkdirTemp("", "webtune-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := build(dir); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: build:", err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	built.outDir = os.Getenv("WEBTUNE_E2E_OUT")
	if built.outDir == "" {
		built.outDir = filepath.Join(dir, "screenshots")
	}
	os.MkdirAll(built.outDir, 0o755)
	fmt.Fprintln(os.Stderr, "e2e: screenshots in", built.outDir)
	code := m.Run()
	if os.Getenv("WEBTUNE_E2E_OUT") == "" && code == 0 {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// build compiles the server and the two wasm programs as `make build` does.
func build(dir string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	built.bin = filepath.Join(dir, "webtune")
	built.static = filepath.Join(dir, "static")
	if err := os.CopyFS(built.static, os.DirFS(filepath.Join(root, "static"))); err != nil {
		return err
	}
	os.RemoveAll(filepath.Join(built.static, "build"))
	steps := [][]string{
		{"go", "build", "-o", built.bin, "./server"},
		{"env", "GOOS=js", "GOARCH=wasm", "go", "build", "-ldflags=-s -w", "-o", filepath.Join(built.static, "build", "app.wasm"), "./wasm/app"},
		{"env", "GOOS=js", "GOARCH=wasm", "go", "build", "-ldflags=-s -w", "-o", filepath.Join(built.static, "build", "worker.wasm"), "./wasm/worker"},
		{"cp", filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"), filepath.Join(built.static, "build", "wasm_exec.js")},
		{built.bin, "precompress", filepath.Join(built.static, "build")},
	}
	for _, s := range steps {
		cmd := exec.Command(s[0], s[1:]...)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(s, " "), err, out)
		}
	}
	return nil
}

func repoRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", err
	}
	return filepath.Dir(strings.TrimSpace(string(out))), nil
}

// server is a running `webtune serve`.
type server struct {
	url  string
	cmd  *exec.Cmd
	mu   sync.Mutex
	logs strings.Builder

	stopOnce sync.Once
}

// stop ends the server (Ctrl-C, then a kill after 10 s); a second stop does nothing.
func (s *server) stop() {
	s.stopOnce.Do(func() {
		s.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
		}
	})
}

func (s *server) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.logs.String()
}

// startServer runs `webtune serve` on data with extra flags, on a free loopback
// port, until the test ends.
func startServer(t *testing.T, data string, extra ...string) *server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	args := append([]string{"serve", "-addr", addr, "-data", data, "-static", built.static, "-poll", "500ms", "-fetch=off"}, extra...)
	s := &server{url: "http://" + addr, cmd: exec.Command(built.bin, args...)}
	stderr, err := s.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	up := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(stderr)
		once := sync.Once{}
		for sc.Scan() {
			s.mu.Lock()
			s.logs.WriteString(sc.Text() + "\n")
			s.mu.Unlock()
			if strings.Contains(sc.Text(), "msg=serving") {
				once.Do(func() { close(up) })
			}
		}
	}()
	t.Cleanup(s.stop)
	select {
	case <-up:
	case <-time.After(2 * time.Minute):
		t.Fatalf("webtune serve did not start:\n%s", s.log())
	}
	return s
}

// swiftShaderWait is how long a test waits for a network to compile and take its first
// step on WebGPU under SwiftShader. Compiling the shaders is most of it, and a GPU
// process compiles one pipeline at a time (about 4 s for a convolution's on a 2-core
// host), so the two WebGPU tests run in parallel, each in its own Chromium (its own GPU
// process): alone, the classify test took 245 s and the training test 340 s; a real GPU
// takes seconds.
const swiftShaderWait = 12 * time.Minute

// chrome is one headless Chromium shared by the tests that need the same flags.
type chrome struct {
	ctx    context.Context
	cancel context.CancelFunc
}

var (
	chromeOnce sync.Once
	shared     *chrome
	chromeErr  error
	videoPath  string
)

// sharedChrome starts (once) a Chromium whose fake webcam plays the test video.
func sharedChrome(t *testing.T) *chrome {
	t.Helper()
	chromeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "webtune-e2e-video-")
		if err != nil {
			chromeErr = err
			return
		}
		videoPath = filepath.Join(dir, "webcam.y4m")
		if chromeErr = writeY4M(videoPath, 640, 480, 30); chromeErr != nil {
			return
		}
		ctx, cancel, err := wbrowser.Start(context.Background(),
			chromedp.WindowSize(1200, 1000),
			chromedp.Flag("use-fake-ui-for-media-stream", true),
			chromedp.Flag("use-fake-device-for-media-stream", true),
			chromedp.Flag("use-file-for-fake-video-capture", videoPath),
		)
		if err != nil {
			chromeErr = err
			return
		}
		shared = &chrome{ctx: ctx, cancel: cancel}
	})
	if chromeErr != nil {
		t.Fatal(chromeErr)
	}
	return shared
}

var (
	denyOnce   sync.Once
	denying    *chrome
	denyingErr error
)

// denyingChrome starts (once) a Chromium that refuses every permission prompt, as a
// visitor who says no to the camera.
func denyingChrome(t *testing.T) *chrome {
	t.Helper()
	denyOnce.Do(func() {
		ctx, cancel, err := wbrowser.Start(context.Background(), chromedp.WindowSize(1200, 1000),
			chromedp.Flag("use-fake-device-for-media-stream", true),
			chromedp.Flag("deny-permission-prompts", true))
		denying, denyingErr = &chrome{ctx: ctx, cancel: cancel}, err
	})
	if denyingErr != nil {
		t.Fatal(denyingErr)
	}
	return denying
}

// tab opens a new tab in c, closed (with its page) when the test ends (each wait in
// it has its own timeout, so a failure can still read the page).
func (c *chrome) tab(t *testing.T) context.Context {
	t.Helper()
	ctx, cancelTab := chromedp.NewContext(c.ctx)
	t.Cleanup(cancelTab)
	return ctx
}

// screenshot saves a PNG of the tab's page as name.png in the output folder.
func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Errorf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(built.outDir, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Error(err)
	}
	t.Logf("screenshot: %s", p)
}

// eval runs a JS expression (awaiting a promise) and decodes its value.
func eval[T any](ctx context.Context, js string) (T, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
}

// waitJS polls a JS condition until it is true, for at most timeout.
func waitJS(ctx context.Context, timeout time.Duration, cond string) error {
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingInterval(100*time.Millisecond), chromedp.WithPollingTimeout(timeout)))
	return err
}

// consoleLog keeps what a tab's page printed to its console, and its uncaught
// exceptions, for the report of a test that failed.
type consoleLog struct {
	mu    sync.Mutex
	lines []string
}

// watchConsole starts keeping the console of the tab's page.
func watchConsole(t *testing.T, ctx context.Context) *consoleLog {
	t.Helper()
	c := &consoleLog{}
	err := chromedp.Listen(ctx, func(ev any) {
		var line string
		switch e := ev.(type) {
		case *cdpruntime.EventConsoleAPICalled:
			var args []string
			for _, a := range e.Args {
				if len(a.Value) > 0 {
					args = append(args, strings.Trim(string(a.Value), `"`))
				} else {
					args = append(args, a.Description)
				}
			}
			line = string(e.Type) + ": " + strings.Join(args, " ")
		case *cdpruntime.EventExceptionThrown:
			line = "exception: " + e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				line += " " + e.ExceptionDetails.Exception.Description
			}
		default:
			return
		}
		c.mu.Lock()
		c.lines = append(c.lines, time.Now().Format("15:04:05.000")+" "+line)
		c.mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// tail is the last n lines.
func (c *consoleLog) tail(n int) string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.lines[max(0, len(c.lines)-n):], "\n")
}

// workerTargets lists the browser's worker targets by URL: which workers a page
// had running when a test failed.
func workerTargets(ctx context.Context) string {
	r, err := chromedp.CallBrowser(ctx, target.GetTargets, target.GetTargetsParams{Filter: target.Filter{{Type: "worker"}}})
	if err != nil {
		return err.Error()
	}
	var urls []string
	for _, w := range r.TargetInfos {
		u := w.URL
		if len(u) > 80 {
			u = u[:80] + "…"
		}
		urls = append(urls, u)
	}
	return fmt.Sprintf("%d workers %v", len(urls), urls)
}
