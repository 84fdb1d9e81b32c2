package main

import (
	"context"
	"crypto/sha1"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"hash"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
)

func init() {
	register("fetch", "download the ResNet-18 ImageNet weights and the hotdog dataset into the data directory", runFetch)
}

// source is one upstream file: where it comes from and how to recognise it.
type source struct {
	file string // name in the data directory (and on a mirror)
	url  string
	algo string // "sha256" or "sha1"
	want string // hex digest, or a prefix of it (torchvision names files by one)
	kind string // "weights" or "dataset"
}

// upstream is the real thing (DESIGN.md, "Upstream data").
var upstream = []source{
	{file: "resnet18-f37072fd.pth", url: "https://download.pytorch.org/models/resnet18-f37072fd.pth", algo: "sha256", want: "f37072fd", kind: "weights"},
	{file: "hotdog.zip", url: "http://d2l-data.s3-accelerate.amazonaws.com/hotdog.zip", algo: "sha1", want: "fba480ffa8aa7e0febbb511d181409f899b9baa5", kind: "dataset"},
}

// What fetch produces from the sources.
const (
	imagenetWeights = "resnet18-imagenet" // <data>/weights/resnet18-imagenet.safetensors
	hotdogDataset   = "hotdog"            // <data>/datasets/hotdog
)

//go:embed imagenet_classes.txt
var imagenetClasses string

// fetcher downloads sources into a data directory.
type fetcher struct {
	dataDir  string
	client   *http.Client
	progress io.Writer // where progress bars go; nil for none
	retries  int       // resumed attempts after a dropped connection
	limits   unzipLimits
	// report, when set, is told the bytes of the file being downloaded so far and in
	// all (-1: unknown) as they arrive (serve's background fetch shows them on the page).
	report func(file string, done, total int64)
}

func runFetch(args []string) error {
	fl := flag.NewFlagSet("fetch", flag.ContinueOnError)
	dataDir := fl.String("data", "./data", "data directory")
	mirror := fl.String("mirror", "", "base URL to take the same file names from instead of the upstream hosts")
	if err := fl.Parse(args); err != nil {
		return err
	}
	srcs := withMirror(upstream, *mirror)
	f := &fetcher{dataDir: *dataDir, client: fetchClient(), progress: os.Stderr, retries: 5, limits: defaultUnzipLimits}
	ctx, stop := signalContext()
	defer stop()
	return f.fetchAll(ctx, srcs)
}

// withMirror points every source at base/<file>.
func withMirror(srcs []source, base string) []source {
	if base == "" {
		return srcs
	}
	out := make([]source, len(srcs))
	for i, s := range srcs {
		s.url = strings.TrimSuffix(base, "/") + "/" + s.file
		out[i] = s
	}
	return out
}

// fetchAll gets every source not already in place, then converts or unpacks it.
func (f *fetcher) fetchAll(ctx context.Context, srcs []source) error {
	if err := os.MkdirAll(f.dataDir, 0o755); err != nil {
		return fmt.Errorf("creating the data directory: %w", err)
	}
	var errs []error
	for _, s := range srcs {
		if err := f.fetchOne(ctx, s); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// target is what fetching s places in the data directory: the converted weights or
// the unpacked dataset.
func (f *fetcher) target(s source) string {
	if s.kind == "weights" {
		return filepath.Join(f.dataDir, weightsDir, imagenetWeights+".safetensors")
	}
	return filepath.Join(f.dataDir, datasetsDir, hotdogDataset)
}

func (f *fetcher) fetchOne(ctx context.Context, s source) error {
	done := f.target(s)
	if _, err := os.Stat(done); err == nil {
		fmt.Fprintf(f.out(), "%s: already in place\n", done)
		return nil
	}
	path := filepath.Join(f.dataDir, s.file)
	if err := verifyFile(path, s); err != nil {
		if !os.IsNotExist(err) {
			fmt.Fprintf(f.out(), "%s: %v; downloading it again\n", path, err)
		}
		if err := f.download(ctx, s, path); err != nil {
			return err
		}
	}
	switch s.kind {
	case "weights":
		return convert(path, done, "", map[string]string{"source": s.url, s.algo: s.want})
	case "dataset":
		return unzipDataset(path, done, f.limits)
	}
	return nil
}

func (f *fetcher) out() io.Writer {
	if f.progress == nil {
		return io.Discard
	}
	return f.progress
}

// download fetches s into path: bytes go to path.part, resumed with a Range request
// when a connection drops, verified, then renamed. A file that fails verification is
// removed, so no half or wrong file is ever left at path.
func (f *fetcher) download(ctx context.Context, s source, path string) error {
	part := path + ".part"
	var lastErr error
	for attempt := 0; attempt <= f.retries; attempt++ {
		if attempt > 0 {
			fmt.Fprintf(f.out(), "%s: %v; resuming (attempt %d of %d)\n", s.file, lastErr, attempt, f.retries)
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(time.Duration(attempt) * 200 * time.Millisecond):
			}
		}
		lastErr = f.downloadOnce(ctx, s, part)
		if lastErr == nil {
			break
		}
		var perm permanentError
		if errors.As(lastErr, &perm) || ctx.Err() != nil {
			return lastErr
		}
	}
	if lastErr != nil {
		return fmt.Errorf("downloading %s: %w (the partial file %s is kept; run fetch again to resume)", s.url, lastErr, part)
	}
	if err := verifyFile(part, s); err != nil {
		os.Remove(part)
		return fmt.Errorf("downloaded %s but %v; removed it. The server sent something else: try again, or another -mirror", s.url, err)
	}
	return os.Rename(part, path)
}

// permanentError is a failure that retrying will not fix (offline, 404, ...).
type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

// downloadOnce makes one request, resuming from the size of part.
func (f *fetcher) downloadOnce(ctx context.Context, s source, part string) error {
	have := int64(0)
	if st, err := os.Stat(part); err == nil {
		have = st.Size()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.url, nil)
	if err != nil {
		return permanentError{fmt.Errorf("bad URL %q: %w", s.url, err)}
	}
	if have > 0 {
		req.Header.Set("Range", "bytes="+strconv.FormatInt(have, 10)+"-")
	}
	resp, err := f.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return permanentError{unreachable(s, filepath.Dir(part), err)}
	}
	defer resp.Body.Close()
	flags := os.O_WRONLY | os.O_CREATE
	switch {
	case resp.StatusCode == http.StatusPartialContent && have > 0 && strings.HasPrefix(resp.Header.Get("Content-Range"), fmt.Sprintf("bytes %d-", have)):
		flags |= os.O_APPEND
	case resp.StatusCode == http.StatusOK:
		flags |= os.O_TRUNC // no resume support there: start over
		have = 0
	case resp.StatusCode == http.StatusRequestedRangeNotSatisfiable && have > 0:
		return nil // part is already whole; verification decides
	default:
		return permanentError{fmt.Errorf("%s answered %s", s.url, resp.Status)}
	}
	total := int64(-1)
	if resp.ContentLength >= 0 {
		total = have + resp.ContentLength
	}
	out, err := os.OpenFile(part, flags, 0o644)
	if err != nil {
		return permanentError{err}
	}
	var w io.Writer = out
	if f.progress != nil {
		bar := progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(f.progress), progressbar.OptionShowBytes(true),
			progressbar.OptionSetDescription(s.file), progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(f.progress) }))
		bar.Set64(have)
		w = io.MultiWriter(w, bar)
	}
	if f.report != nil {
		f.report(s.file, have, total)
		w = io.MultiWriter(w, &reportWriter{report: f.report, file: s.file, done: have, total: total})
	}
	n, copyErr := io.Copy(w, resp.Body)
	if err := out.Close(); err != nil && copyErr == nil {
		copyErr = err
	}
	if copyErr != nil {
		return fmt.Errorf("connection dropped after %d bytes: %w", have+n, copyErr)
	}
	if resp.ContentLength >= 0 && n != resp.ContentLength {
		return fmt.Errorf("got %d of %d bytes", n, resp.ContentLength)
	}
	return nil
}

// unreachable explains what to do when an upstream host cannot be reached.
func unreachable(s source, dataDir string, err error) error {
	return fmt.Errorf("cannot reach %s: %w.\n"+
		"  Without network access here, download it on another machine and place it as %s\n"+
		"  (%s %s...), then run `webtune fetch` again: it verifies and uses files already there.\n"+
		"  Or serve the files from a reachable host and pass -mirror URL",
		s.url, err, filepath.Join(dataDir, s.file), s.algo, s.want)
}

// verifyFile checks the file at path against s's digest (a prefix of it for torchvision).
func verifyFile(path string, s source) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	var h hash.Hash
	switch s.algo {
	case "sha256":
		h = sha256.New()
	case "sha1":
		h = sha1.New()
	default:
		return fmt.Errorf("unknown hash %q", s.algo)
	}
	if _, err := io.Copy(h, fh); err != nil {
		return fmt.Errorf("reading %s: %w", path, err)
	}
	got := hex.EncodeToString(h.Sum(nil))
	if s.want == "" || !strings.HasPrefix(got, strings.ToLower(s.want)) {
		return fmt.Errorf("its %s is %s, want %s...", s.algo, got, s.want)
	}
	return nil
}

// reportWriter tells report how many bytes of file have been written.
type reportWriter struct {
	report      func(file string, done, total int64)
	file        string
	done, total int64
}

func (r *reportWriter) Write(p []byte) (int, error) {
	r.done += int64(len(p))
	r.report(r.file, r.done, r.total)
	return len(p), nil
}
