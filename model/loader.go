package model

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"runtime"
	"sync"
)

// LoaderConfig configures a Loader.
type LoaderConfig struct {
	Batch    int  // images per batch; required
	Size     int  // output side in pixels; 0 means DefaultSize (224)
	Augment  bool // the train transform (random resized crop, flip) instead of the test transform
	Shuffle  bool // a new sample order every epoch
	Seed     uint64
	Workers  int  // decoding goroutines; 0 means runtime.GOMAXPROCS(0)
	DropLast bool // leave out a final batch with fewer than Batch images

	// CropScale is the crop's area range when Augment; zero means CropScale (the recipe's).
	CropScale [2]float64

	// Warn is told about each file skipped during an epoch because it could not be
	// read or decoded. It is called on the goroutine ranging over Epoch. nil: silent.
	Warn func(path string, err error)
	// Open reads a sample's file; nil means ReadRegularFile up to MaxImageFileBytes.
	// The browser worker passes one that serves fetched or captured bytes.
	Open func(path string) ([]byte, error)
}

// Batch is a batch of transformed images.
type Batch struct {
	N      int      // images in this batch: Batch, or fewer for the final one
	Pixels []uint8  // N*Size*Size*3 bytes, NHWC, RGB: the input of kernels.InputNormalize
	Labels []int32  // N class indices
	Paths  []string // N source files, for reports
}

// Clone returns a copy of b that stays valid after the loader moves on.
func (b Batch) Clone() Batch {
	b.Pixels = append([]uint8(nil), b.Pixels...)
	b.Labels = append([]int32(nil), b.Labels...)
	b.Paths = append([]string(nil), b.Paths...)
	return b
}

// Loader turns samples into batches of transformed pixels, decoding in parallel.
// The bytes it yields depend only on the samples, the config and the epoch number:
// not on the worker count or on timing.
type Loader struct {
	samples []Sample
	cfg     LoaderConfig
}

// NewLoader returns a loader over samples.
func NewLoader(samples []Sample, cfg LoaderConfig) (*Loader, error) {
	if cfg.Batch <= 0 {
		return nil, fmt.Errorf("loader: batch size %d, want at least 1", cfg.Batch)
	}
	if cfg.Size == 0 {
		cfg.Size = DefaultSize
	}
	if cfg.Size < 1 || cfg.Size > MaxSize {
		return nil, fmt.Errorf("loader: image size %d, want 1 to %d", cfg.Size, MaxSize)
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.GOMAXPROCS(0)
	}
	if cfg.Warn == nil {
		cfg.Warn = func(string, error) {}
	}
	if cfg.CropScale == [2]float64{} {
		cfg.CropScale = CropScale
	}
	if cfg.Open == nil {
		cfg.Open = func(path string) ([]byte, error) { return ReadRegularFile(path, MaxImageFileBytes) }
	}
	return &Loader{samples: samples, cfg: cfg}, nil
}

// NumBatches is the number of batches an epoch yields when no file is skipped.
func (l *Loader) NumBatches() int {
	n := len(l.samples) / l.cfg.Batch
	if !l.cfg.DropLast && len(l.samples)%l.cfg.Batch != 0 {
		n++
	}
	return n
}

// Epoch yields the batches of epoch e, in the epoch's sample order (shuffled from
// Seed and e if Shuffle). A sample whose file cannot be read or decoded is reported
// to Warn and left out, and the batch takes the next sample instead. The yielded
// Batch's slices are reused for the next one: copy (Batch.Clone) what must outlive
// the loop body. Breaking out of the loop stops the decoding goroutines.
func (l *Loader) Epoch(e int) iter.Seq[Batch] {
	return func(yield func(Batch) bool) {
		done := make(chan struct{})
		var wg sync.WaitGroup
		pending := l.start(l.order(e), e, done, &wg)
		defer wg.Wait()
		defer close(done)

		size := 3 * l.cfg.Size * l.cfg.Size
		buf := Batch{
			Pixels: make([]uint8, l.cfg.Batch*size),
			Labels: make([]int32, l.cfg.Batch),
			Paths:  make([]string, l.cfg.Batch),
		}
		n := 0
		for res := range pending {
			r := <-res
			if r.err != nil {
				l.cfg.Warn(r.path, r.err)
				continue
			}
			copy(buf.Pixels[n*size:], r.pixels)
			buf.Labels[n] = int32(r.label)
			buf.Paths[n] = r.path
			n++
			if n == l.cfg.Batch {
				buf.N = n
				if !yield(buf) {
					return
				}
				n = 0
			}
		}
		if n > 0 && !l.cfg.DropLast {
			yield(Batch{N: n, Pixels: buf.Pixels[:n*size], Labels: buf.Labels[:n], Paths: buf.Paths[:n]})
		}
	}
}

// order is the sample order of epoch e.
func (l *Loader) order(e int) []int {
	idx := make([]int, len(l.samples))
	for i := range idx {
		idx[i] = i
	}
	if l.cfg.Shuffle {
		rng := rand.New(rand.NewPCG(l.cfg.Seed, mix(uint64(e), 0x53485546464c45))) // "SHUFFLE"
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	}
	return idx
}

// sampleRNG is the random source of sample i's augmentation in epoch e: a function
// of the seed, the epoch and the sample alone, so that any worker gets the same draws.
func (l *Loader) sampleRNG(e, i int) *rand.Rand {
	return rand.New(rand.NewPCG(mix(l.cfg.Seed, uint64(e)), mix(uint64(i), 0x41554721))) // "AUG!"
}

// mix hashes two words into one (splitmix64's finalizer over their combination), so
// that nearby seeds, epochs and indices give unrelated streams.
func mix(a, b uint64) uint64 {
	z := a*0x9e3779b97f4a7c15 + b
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// loaded is one transformed sample, or why it could not be.
type loaded struct {
	path   string
	label  int
	pixels []uint8
	err    error
}

// start launches the decoding of the samples in order and returns, in that order,
// one channel per sample that receives its result. At most a batch (and two images
// per worker) is decoded ahead of the consumer. Closing done stops everything; wg
// counts the goroutines.
func (l *Loader) start(order []int, e int, done <-chan struct{}, wg *sync.WaitGroup) <-chan chan loaded {
	type job struct {
		sample int
		res    chan<- loaded
	}
	jobs := make(chan job)
	pending := make(chan chan loaded, max(l.cfg.Batch, 2*l.cfg.Workers))
	wg.Add(1 + l.cfg.Workers)
	go func() {
		defer wg.Done()
		defer close(pending)
		for _, i := range order {
			res := make(chan loaded, 1)
			select {
			case pending <- res:
			case <-done:
				return
			}
			select {
			case jobs <- job{i, res}:
			case <-done:
				return
			}
		}
	}()
	for range l.cfg.Workers {
		go func() {
			defer wg.Done()
			for {
				select {
				case j := <-jobs:
					j.res <- l.load(j.sample, e)
				case <-done:
					return
				}
			}
		}()
	}
	return pending
}

// load reads, decodes and transforms sample i for epoch e. A panic in a decoder on a
// crafted file becomes that sample's error rather than the end of the program.
func (l *Loader) load(i, e int) (r loaded) {
	s := l.samples[i]
	r = loaded{path: s.Path, label: s.Label}
	defer func() {
		if p := recover(); p != nil {
			r.pixels, r.err = nil, fmt.Errorf("decoding image: %v", p)
		}
	}()
	data, err := l.cfg.Open(s.Path)
	if err != nil {
		r.err = fmt.Errorf("reading image: %w", err)
		return r
	}
	img, err := DecodeImage(data, l.cfg.Size)
	if err != nil {
		r.err = err
		return r
	}
	if l.cfg.Augment {
		r.pixels = TrainImageScale(img, l.cfg.Size, l.cfg.CropScale, l.sampleRNG(e, i))
	} else {
		r.pixels = EvalImage(img, l.cfg.Size)
	}
	return r
}
