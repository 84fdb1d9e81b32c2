package model

// Import of PyTorch checkpoints as torch.save writes them since PyTorch 1.6: a zip
// (stored, 64-byte aligned) of ARCHIVE/data.pkl, the pickled object whose tensors
// refer to storages by key, and ARCHIVE/data/KEY, each storage's raw little-endian
// bytes, plus records such as ARCHIVE/version and ARCHIVE/byteorder. The pickle is
// read with gopickle's unpickler (which runs no code); the zip records, storages and
// tensors are handled here so that sizes are checked before anything is allocated
// and storages are read only for the tensors that end up in the state dict.

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"
	"strings"

	"github.com/nlpodyssey/gopickle/pickle"
	"github.com/nlpodyssey/gopickle/types"
	"gorgonia.org/tensor"
)

// maxPickle bounds data.pkl; ResNet-18's is about 30 KB.
const maxPickle = 64 << 20

// pthStorageKind is a torch storage class: its element size and how its elements
// become state dict values.
type pthStorageKind struct {
	name string // "torch.FloatStorage"
	size uint64
	kind byte // 'f' float32, 'h' float16, 'b' bfloat16, 'l' int64, 0 unsupported
}

// pthStorageClasses maps torch.*Storage class names as pickled by torch.save.
var pthStorageClasses = map[string]pthStorageKind{
	"FloatStorage":         {size: 4, kind: 'f'},
	"HalfStorage":          {size: 2, kind: 'h'},
	"BFloat16Storage":      {size: 2, kind: 'b'},
	"LongStorage":          {size: 8, kind: 'l'},
	"DoubleStorage":        {size: 8},
	"IntStorage":           {size: 4},
	"ShortStorage":         {size: 2},
	"CharStorage":          {size: 1},
	"ByteStorage":          {size: 1},
	"BoolStorage":          {size: 1},
	"ComplexFloatStorage":  {size: 8},
	"ComplexDoubleStorage": {size: 16},
}

// pthStorage is a storage reference from the pickle: the record holding its bytes.
type pthStorage struct {
	class pthStorageKind
	key   string // record ARCHIVE/data/key
	numel uint64
}

// pthTensor is a tensor from the pickle (torch._utils._rebuild_tensor_v2).
type pthTensor struct {
	storage *pthStorage
	offset  int
	size    []int
	stride  []int
}

// rebuildTensor stands for torch._utils._rebuild_tensor_v2(storage, storage_offset,
// size, stride, requires_grad, backward_hooks[, metadata]).
type rebuildTensor struct{}

func (rebuildTensor) Call(args ...any) (any, error) {
	if len(args) < 4 {
		return nil, fmt.Errorf("_rebuild_tensor_v2 has %d arguments, want at least 4", len(args))
	}
	s, ok1 := args[0].(*pthStorage)
	off, ok2 := args[1].(int)
	size, ok3 := intTuple(args[2])
	stride, ok4 := intTuple(args[3])
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return nil, fmt.Errorf("_rebuild_tensor_v2 has arguments of unexpected types %T, %T, %T, %T",
			args[0], args[1], args[2], args[3])
	}
	return &pthTensor{storage: s, offset: off, size: size, stride: stride}, nil
}

// rebuildParameter stands for torch._utils._rebuild_parameter(data, requires_grad,
// backward_hooks): a Parameter is its data.
type rebuildParameter struct{}

func (rebuildParameter) Call(args ...any) (any, error) {
	if len(args) < 1 {
		return nil, fmt.Errorf("_rebuild_parameter has no arguments")
	}
	return args[0], nil
}

func intTuple(v any) ([]int, bool) {
	t, ok := v.(*types.Tuple)
	if !ok {
		return nil, false
	}
	out := make([]int, t.Len())
	for i := range out {
		if out[i], ok = t.Get(i).(int); !ok {
			return nil, false
		}
	}
	return out, true
}

// ReadPth reads a torchvision-style .pth checkpoint: the zip file torch.save writes
// for a state dict (an OrderedDict of tensors), or for a dict that holds one under
// "state_dict" or "model". Float32, float16 and bfloat16 tensors become float32,
// int64 ones (num_batches_tracked) int64, in the checkpoint's key order.
func ReadPth(path string) (sd *StateDict, err error) {
	defer func() {
		// A last guard: no input may crash the caller.
		if r := recover(); r != nil {
			sd, err = nil, fmt.Errorf("read pth %s: malformed checkpoint (%v)", path, r)
		}
	}()
	sd, err = readPth(path)
	if err != nil {
		return nil, fmt.Errorf("read pth %s: %w", path, err)
	}
	return sd, nil
}

func readPth(path string) (*StateDict, error) {
	if err := checkPthMagic(path); err != nil {
		return nil, err
	}
	f, err := OpenRegularFile(path) // checked again: the file may have been swapped
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		return nil, fmt.Errorf("not a readable zip archive (truncated or damaged?): %w", err)
	}
	return readPthZip(zr, st.Size())
}

// readPthZip reads a checkpoint from an opened zip of size bytes.
func readPthZip(zr *zip.Reader, size int64) (*StateDict, error) {
	a, err := newPthArchive(zr, size)
	if err != nil {
		return nil, err
	}
	obj, err := a.unpickle()
	if err != nil {
		return nil, err
	}
	entries, meta, err := findStateDict(obj)
	if err != nil {
		return nil, err
	}
	sd, err := a.materialize(entries)
	if err != nil {
		return nil, err
	}
	return addNumBatchesTracked(sd, meta), nil
}

// addNumBatchesTracked does what BatchNorm's load_state_dict does for checkpoints
// saved before PyTorch 0.4.1 (module version below 2, or no version recorded),
// such as torchvision's ImageNet ResNet weights: a missing num_batches_tracked is
// taken as 0. It goes right after running_var, where torchvision has it. A module
// recorded at version 2 or later keeps the key missing, as PyTorch would refuse it.
func addNumBatchesTracked(sd *StateDict, meta *types.OrderedDict) *StateDict {
	out := NewStateDict()
	for _, k := range sd.Keys {
		out.Set(k, sd.Tensors[k])
		prefix, ok := strings.CutSuffix(k, ".running_var")
		if !ok {
			continue
		}
		nbt := prefix + ".num_batches_tracked"
		if _, has := sd.Tensors[nbt]; has || moduleVersion(meta, prefix) >= 2 {
			continue
		}
		if _, mean := sd.Tensors[prefix+".running_mean"]; mean {
			out.Set(nbt, I64Scalar(0))
		}
	}
	return out
}

// moduleVersion reads a module's version from a state dict's _metadata
// (OrderedDict of prefix -> {"version": n}); 0 when absent.
func moduleVersion(meta *types.OrderedDict, prefix string) int {
	if meta == nil {
		return 0
	}
	m, ok := meta.Get(prefix)
	if !ok {
		return 0
	}
	var v any
	switch d := m.(type) {
	case *types.Dict:
		v, _ = d.Get("version")
	case *types.OrderedDict:
		v, _ = d.Get("version")
	}
	n, _ := v.(int)
	return n
}

// checkPthMagic tells a zip checkpoint from the legacy format and from other files.
func checkPthMagic(path string) error {
	f, err := OpenRegularFile(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var head [4]byte
	n, _ := io.ReadFull(f, head[:])
	switch {
	case n == 4 && string(head[:]) == "PK\x03\x04":
		return nil
	case n >= 2 && head[0] == 0x80 && head[1] <= 5: // pickle PROTO opcode
		return fmt.Errorf("legacy (pre-1.6, non-zip) torch.save format is not supported; " +
			"re-save it with torch.save(torch.load(f), f2) from PyTorch 1.6 or later")
	}
	if n == 0 {
		return fmt.Errorf("file is empty, not a PyTorch checkpoint")
	}
	return fmt.Errorf("not a PyTorch zip checkpoint (starts with % x)", head[:n])
}

// pthArchive indexes the records of a checkpoint zip.
type pthArchive struct {
	prefix  string // "ARCHIVE/"
	records map[string]*zip.File
	size    uint64 // of the zip file
}

func newPthArchive(zr *zip.Reader, size int64) (*pthArchive, error) {
	a := &pthArchive{records: map[string]*zip.File{}, size: uint64(size)}
	for _, f := range zr.File {
		a.records[f.Name] = f
		if dir, ok := strings.CutSuffix(f.Name, "data.pkl"); ok && strings.Count(dir, "/") == 1 && strings.HasSuffix(dir, "/") {
			a.prefix = dir
		}
	}
	if a.prefix == "" {
		return nil, fmt.Errorf("zip has no ARCHIVE/data.pkl record; it is not a torch.save checkpoint")
	}
	if _, ok := a.records[a.prefix+"constants.pkl"]; ok {
		return nil, fmt.Errorf("this is a TorchScript archive (torch.jit.save); save model.state_dict() with torch.save instead")
	}
	if f, ok := a.records[a.prefix+"byteorder"]; ok {
		b, err := a.readRecord(f, 16)
		if err != nil {
			return nil, err
		}
		if order := strings.TrimSpace(string(b)); order != "little" {
			return nil, fmt.Errorf("storages are %q-endian; only little-endian checkpoints are supported", order)
		}
	}
	return a, nil
}

// readRecord reads a whole record of at most limit bytes.
func (a *pthArchive) readRecord(f *zip.File, limit uint64) ([]byte, error) {
	if f.UncompressedSize64 > limit {
		return nil, fmt.Errorf("record %s is %d bytes, more than the %d expected", f.Name, f.UncompressedSize64, limit)
	}
	// The declared size is allocated below, so bound it by the bytes actually
	// stored: equal for stored records, at most 1032:1 for deflate.
	if f.CompressedSize64 > a.size {
		return nil, fmt.Errorf("record %s claims %d stored bytes in a %d-byte file; the zip is damaged",
			f.Name, f.CompressedSize64, a.size)
	}
	ratio := uint64(1)
	if f.Method != zip.Store {
		ratio = 1032
	}
	if hi, max := bits.Mul64(f.CompressedSize64, ratio); hi == 0 && f.UncompressedSize64 > max {
		return nil, fmt.Errorf("record %s claims %d bytes from %d stored; the zip is damaged",
			f.Name, f.UncompressedSize64, f.CompressedSize64)
	}
	r, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("record %s: %w", f.Name, err)
	}
	defer r.Close()
	b := make([]byte, f.UncompressedSize64)
	if _, err := io.ReadFull(r, b); err != nil {
		return nil, fmt.Errorf("record %s: %w", f.Name, err)
	}
	// zip checks the CRC only when a read reaches the end of the record.
	var probe [1]byte
	if n, err := r.Read(probe[:]); n != 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = fmt.Errorf("longer than its declared %d bytes", len(b))
		}
		return nil, fmt.Errorf("record %s: %w; the file is corrupt", f.Name, err)
	}
	return b, nil
}

// unpickle loads data.pkl, resolving torch classes and storage references.
func (a *pthArchive) unpickle() (obj any, err error) {
	pkl, err := a.readRecord(a.records[a.prefix+"data.pkl"], maxPickle)
	if err != nil {
		return nil, err
	}
	defer func() {
		// gopickle indexes by opcode bytes unchecked; a bad stream can panic.
		if r := recover(); r != nil {
			obj, err = nil, fmt.Errorf("unpickling %sdata.pkl: malformed pickle (%v)", a.prefix, r)
		}
	}()
	u := pickle.NewUnpickler(&pickleGuard{r: bytes.NewReader(pkl)})
	u.FindClass = findTorchClass
	u.PersistentLoad = a.persistentLoad
	obj, err = u.Load()
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		err = fmt.Errorf("the pickle ends early (%w)", err)
	}
	if err != nil {
		return nil, fmt.Errorf("unpickling %sdata.pkl: %w", a.prefix, err)
	}
	return obj, nil
}

// pickleGuard serves data.pkl to gopickle, which allocates the length a
// length-prefixed argument declares before reading it: a corrupt 4-byte length
// would cost gigabytes. gopickle fetches each opcode with ReadByte and its
// argument with Read, so the guard knows which opcode a Read belongs to and
// refuses a declared length longer than what is left of the pickle. Protocol 4
// frames are refused: inside one, gopickle reads from its own buffer, past the
// guard. torch.save writes protocol 2.
type pickleGuard struct {
	r     *bytes.Reader
	op    byte // the byte ReadByte returned last
	fresh bool // no Read since then: a Read now fetches op's argument
}

func (g *pickleGuard) ReadByte() (byte, error) {
	b, err := g.r.ReadByte()
	g.op, g.fresh = b, err == nil
	return b, err
}

func (g *pickleGuard) Read(p []byte) (int, error) {
	op, fresh := g.op, g.fresh
	g.fresh = false
	if !fresh {
		return g.r.Read(p)
	}
	var width int
	switch op {
	case 'X', 'B', 'T', 0x8b: // BINUNICODE, BINBYTES, BINSTRING, LONG4
		width = 4
	case 0x8d, 0x8e, 0x96: // BINUNICODE8, BINBYTES8, BYTEARRAY8
		width = 8
	case 0x95:
		return 0, fmt.Errorf("pickle protocol 4 frames are not supported; save with torch.save's default pickle_protocol=2")
	}
	if width == 0 || len(p) != width {
		return g.r.Read(p)
	}
	n, err := io.ReadFull(g.r, p)
	if err != nil {
		return n, err
	}
	length := uint64(binary.LittleEndian.Uint32(p))
	if width == 8 {
		length = binary.LittleEndian.Uint64(p)
	}
	if length > uint64(g.r.Len()) {
		return 0, fmt.Errorf("opcode %#x declares %d bytes but only %d remain; the pickle is corrupt", op, length, g.r.Len())
	}
	return n, nil
}

// findTorchClass resolves the globals a state dict pickle names. Anything else
// (found in full training checkpoints) becomes an inert placeholder.
func findTorchClass(module, name string) (any, error) {
	switch {
	case module == "torch._utils" && name == "_rebuild_tensor_v2":
		return rebuildTensor{}, nil
	case module == "torch._utils" && name == "_rebuild_parameter":
		return rebuildParameter{}, nil
	case module == "torch":
		if k, ok := pthStorageClasses[name]; ok {
			k.name = "torch." + name
			return k, nil
		}
	}
	return types.NewGenericClass(module, name), nil
}

// persistentLoad resolves ('storage', class, key, location, numel) references.
func (a *pthArchive) persistentLoad(id any) (any, error) {
	t, ok := id.(*types.Tuple)
	if !ok || t.Len() < 5 {
		return nil, fmt.Errorf("persistent id %v is not a ('storage', class, key, location, numel) tuple", id)
	}
	typ, _ := t.Get(0).(string)
	class, okClass := t.Get(1).(pthStorageKind)
	key, okKey := t.Get(2).(string)
	numel, okNumel := t.Get(4).(int)
	if typ != "storage" || !okClass || !okKey || !okNumel || numel < 0 {
		return nil, fmt.Errorf("persistent id %v is not a ('storage', class, key, location, numel) tuple", id)
	}
	return &pthStorage{class: class, key: key, numel: uint64(numel)}, nil
}

// findStateDict picks the ordered (key, tensor) list out of the unpickled object,
// with the state dict's _metadata when it has one.
func findStateDict(obj any) ([]pthEntry, *types.OrderedDict, error) {
	entries, err := dictEntries(obj)
	if err != nil {
		return nil, nil, fmt.Errorf("checkpoint holds %T, not a state dict", obj)
	}
	if allTensors(entries) {
		return entries, stateDictMetadata(obj), nil
	}
	for _, name := range []string{"state_dict", "model"} {
		for _, e := range entries {
			if e.key != name {
				continue
			}
			if inner, err := dictEntries(e.value); err == nil && allTensors(inner) {
				return inner, stateDictMetadata(e.value), nil
			}
		}
	}
	var keys []string
	for _, e := range entries {
		keys = append(keys, e.key)
	}
	if len(keys) > 8 {
		keys = append(keys[:8], "...")
	}
	return nil, nil, fmt.Errorf("checkpoint is a dict of %v, neither a state dict nor one holding it under \"state_dict\" or \"model\"", keys)
}

// stateDictMetadata returns the _metadata attribute PyTorch sets on a state dict.
func stateDictMetadata(obj any) *types.OrderedDict {
	if d, ok := obj.(*types.OrderedDict); ok {
		m, _ := d.PyDict["_metadata"].(*types.OrderedDict)
		return m
	}
	return nil
}

type pthEntry struct {
	key   string
	value any
}

// dictEntries lists a pickled dict or OrderedDict in order.
func dictEntries(obj any) ([]pthEntry, error) {
	var out []pthEntry
	add := func(k, v any) error {
		s, ok := k.(string)
		if !ok {
			return fmt.Errorf("key %v is not a string", k)
		}
		out = append(out, pthEntry{s, v})
		return nil
	}
	switch d := obj.(type) {
	case *types.OrderedDict:
		for e := d.List.Front(); e != nil; e = e.Next() {
			entry := e.Value.(*types.OrderedDictEntry)
			if err := add(entry.Key, entry.Value); err != nil {
				return nil, err
			}
		}
	case *types.Dict:
		for _, entry := range *d {
			if err := add(entry.Key, entry.Value); err != nil {
				return nil, err
			}
		}
	default:
		return nil, fmt.Errorf("%T is not a dict", obj)
	}
	return out, nil
}

func allTensors(entries []pthEntry) bool {
	for _, e := range entries {
		if _, ok := e.value.(*pthTensor); !ok {
			return false
		}
	}
	return len(entries) > 0
}

// materialize reads the storages of the chosen tensors and builds the state dict.
// A storage shared by several tensors is read once.
func (a *pthArchive) materialize(entries []pthEntry) (*StateDict, error) {
	uses := map[string]int{}
	for _, e := range entries {
		uses[e.value.(*pthTensor).storage.key]++
	}
	cache := map[string][]byte{}
	sd := NewStateDict()
	for _, e := range entries {
		if _, dup := sd.Tensors[e.key]; dup {
			return nil, fmt.Errorf("key %q appears twice", e.key)
		}
		t := e.value.(*pthTensor)
		raw, ok := cache[t.storage.key]
		if !ok {
			var err error
			if raw, err = a.readStorage(t.storage); err != nil {
				return nil, fmt.Errorf("tensor %q: %w", e.key, err)
			}
			if uses[t.storage.key] > 1 {
				cache[t.storage.key] = raw
			}
		}
		d, err := decodePthTensor(t, raw)
		if err != nil {
			return nil, fmt.Errorf("tensor %q: %w", e.key, err)
		}
		sd.Set(e.key, d)
	}
	return sd, nil
}

// readStorage reads a storage record, checking its size against the pickle.
func (a *pthArchive) readStorage(s *pthStorage) ([]byte, error) {
	if s.class.kind == 0 {
		return nil, fmt.Errorf("storage type %s is not supported (use float32, float16, bfloat16 or int64)", s.class.name)
	}
	name := a.prefix + "data/" + s.key
	f, ok := a.records[name]
	if !ok {
		return nil, fmt.Errorf("storage record %s is missing", name)
	}
	hi, want := bits.Mul64(s.numel, s.class.size)
	if hi != 0 || f.UncompressedSize64 != want {
		return nil, fmt.Errorf("storage record %s is %d bytes, but %d %s elements need %d",
			name, f.UncompressedSize64, s.numel, s.class.name, want)
	}
	return a.readRecord(f, want)
}

// decodePthTensor checks a tensor's geometry against its storage and converts its
// elements. State dict tensors are contiguous; anything else is refused.
func decodePthTensor(t *pthTensor, raw []byte) (*tensor.Dense, error) {
	if len(t.size) != len(t.stride) {
		return nil, fmt.Errorf("size %v and stride %v differ in rank", t.size, t.stride)
	}
	numel := uint64(1)
	for _, d := range t.size {
		hi, lo := bits.Mul64(numel, uint64(d))
		if d < 0 || hi != 0 || lo > t.storage.numel {
			return nil, fmt.Errorf("size %v does not fit its storage of %d elements", t.size, t.storage.numel)
		}
		numel = lo
	}
	if numel == 0 {
		return nil, fmt.Errorf("size %v has no elements; empty tensors are not supported", t.size)
	}
	if t.offset < 0 || uint64(t.offset) > t.storage.numel-numel {
		return nil, fmt.Errorf("offset %d + %d elements overruns its storage of %d", t.offset, numel, t.storage.numel)
	}
	want := 1
	for i := len(t.size) - 1; i >= 0; i-- {
		if t.size[i] != 1 && t.stride[i] != want {
			return nil, fmt.Errorf("size %v with stride %v is not contiguous; save tensor.contiguous() instead", t.size, t.stride)
		}
		want *= t.size[i]
	}
	es := int(t.storage.class.size)
	if uint64(len(raw)) != t.storage.numel*uint64(es) {
		// Two references to one storage record disagree on its type or length.
		return nil, fmt.Errorf("storage %s is %d bytes, not %d %s elements", t.storage.key, len(raw), t.storage.numel, t.storage.class.name)
	}
	b := raw[t.offset*es : (t.offset+int(numel))*es]
	shape := tensor.Shape(t.size)
	n := int(numel)
	switch t.storage.class.kind {
	case 'l':
		v := make([]int64, n)
		for i := range v {
			v[i] = int64(binary.LittleEndian.Uint64(b[8*i:]))
		}
		return denseOf(v, shape), nil
	case 'h':
		v := make([]float32, n)
		for i := range v {
			v[i] = f16ToF32(binary.LittleEndian.Uint16(b[2*i:]))
		}
		return denseOf(v, shape), nil
	case 'b':
		v := make([]float32, n)
		for i := range v {
			v[i] = math.Float32frombits(uint32(binary.LittleEndian.Uint16(b[2*i:])) << 16)
		}
		return denseOf(v, shape), nil
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return denseOf(v, shape), nil
}
