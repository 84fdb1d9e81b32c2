package ref

import (
	"fmt"
	"math"
	"strconv"

	"webtune/kernels"
)

// exact64 widens a float32 hyper-parameter to the float64 it was meant as (0.1f
// becomes 0.1, not 0.10000000149), as PyTorch holds eps and momentum in double.
func exact64(v float32) float64 {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(float64(v), 'g', -1, 32), 64)
	return f
}

// reduceRows sums per-channel quantities over the rows of a [rows][c] tensor in
// parallel: body(lo, hi, acc) adds rows [lo, hi) into acc (width floats per channel
// group, laid out as the caller wants); the partial sums are added in float64.
func reduceRows(rows, width int, body func(lo, hi int, acc []float64)) []float64 {
	parts := min(workers(), max(1, rows/64))
	partial := make([][]float64, parts)
	parallelFor(parts, 1, func(lo, hi int) {
		for pt := lo; pt < hi; pt++ {
			acc := make([]float64, width)
			body(pt*rows/parts, (pt+1)*rows/parts, acc)
			partial[pt] = acc
		}
	})
	total := partial[0]
	for _, acc := range partial[1:] {
		for i, v := range acc {
			total[i] += v
		}
	}
	return total
}

func (p *program[T]) bindBatchNorm(o kernels.BatchNorm) (step, error) {
	if o.Rows < 1 || o.C < 1 {
		return nil, fmt.Errorf("batchnorm: rows %d and channels %d must be at least 1", o.Rows, o.C)
	}
	if o.Train && o.Rows < 2 {
		return nil, fmt.Errorf("batchnorm: training needs at least 2 rows per channel for the unbiased variance, got %d", o.Rows)
	}
	eps, mom := exact64(o.Eps), exact64(o.Momentum)
	if !(eps > 0) {
		return nil, fmt.Errorf("batchnorm: eps %v must be positive", o.Eps)
	}
	x, gamma, beta, y := p.f[o.X], p.f[o.Gamma], p.f[o.Beta], p.f[o.Y]
	runMean, runVar := p.f[o.RunMean], p.f[o.RunVar]
	var res []T
	if o.Residual != kernels.NoBuf {
		res = p.f[o.Residual]
	}
	if !o.Train {
		return func() error {
			mean, invstd := make([]float64, o.C), make([]float64, o.C)
			for c := range mean {
				mean[c] = float64(runMean[c])
				invstd[c] = 1 / math.Sqrt(float64(runVar[c])+eps)
			}
			bnApply(o.Rows, o.C, x, gamma, beta, mean, invstd, res, o.ReLU, y)
			return nil
		}, nil
	}
	saveMean, saveInvStd := p.f[o.SaveMean], p.f[o.SaveInvStd]
	return func() error {
		mean, variance := bnStats(o.Rows, o.C, x)
		invstd := make([]float64, o.C)
		unbias := float64(o.Rows) / float64(o.Rows-1)
		for c := range invstd {
			invstd[c] = 1 / math.Sqrt(variance[c]+eps)
			saveMean[c], saveInvStd[c] = T(mean[c]), T(invstd[c])
			runMean[c] = T((1-mom)*float64(runMean[c]) + mom*mean[c])
			runVar[c] = T((1-mom)*float64(runVar[c]) + mom*variance[c]*unbias)
		}
		bnApply(o.Rows, o.C, x, gamma, beta, mean, invstd, res, o.ReLU, y)
		return nil
	}, nil
}

// bnStats returns the per-channel mean and biased variance of x ([rows][c]), in two
// passes so the variance does not suffer from cancellation.
func bnStats[T Float](rows, c int, x []T) (mean, variance []float64) {
	mean = reduceRows(rows, c, func(lo, hi int, acc []float64) {
		for r := lo; r < hi; r++ {
			for ch, v := range x[r*c : (r+1)*c] {
				acc[ch] += float64(v)
			}
		}
	})
	for ch := range mean {
		mean[ch] /= float64(rows)
	}
	variance = reduceRows(rows, c, func(lo, hi int, acc []float64) {
		for r := lo; r < hi; r++ {
			for ch, v := range x[r*c : (r+1)*c] {
				d := float64(v) - mean[ch]
				acc[ch] += d * d
			}
		}
	})
	for ch := range variance {
		variance[ch] /= float64(rows)
	}
	return mean, variance
}

// bnApply writes y = relu?(γ·(x-μ)·invstd + β + res?) as y = x·scale + shift.
func bnApply[T Float](rows, c int, x, gamma, beta []T, mean, invstd []float64, res []T, relu bool, y []T) {
	scale, shift := make([]T, c), make([]T, c)
	for ch := range scale {
		sc := float64(gamma[ch]) * invstd[ch]
		scale[ch] = T(sc)
		shift[ch] = T(float64(beta[ch]) - mean[ch]*sc)
	}
	parallelFor(rows, 256, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, yr := x[r*c:(r+1)*c], y[r*c:(r+1)*c]
			for ch, v := range xr {
				yr[ch] = v*scale[ch] + shift[ch]
			}
			if res != nil {
				for ch, v := range res[r*c : (r+1)*c] {
					yr[ch] += v
				}
			}
			if relu {
				for ch, v := range yr {
					yr[ch] = max(v, 0)
				}
			}
		}
	})
}

func (p *program[T]) bindBatchNormBackward(o kernels.BatchNormBackward) (step, error) {
	if o.Rows < 1 || o.C < 1 {
		return nil, fmt.Errorf("batchnorm_bwd: rows %d and channels %d must be at least 1", o.Rows, o.C)
	}
	x, dy, gamma := p.f[o.X], p.f[o.DY], p.f[o.Gamma]
	saveMean, saveInvStd := p.f[o.SaveMean], p.f[o.SaveInvStd]
	dx, dgamma, dbeta := p.f[o.DX], p.f[o.DGamma], p.f[o.DBeta]
	return func() error {
		bnBackward(o.Rows, o.C, x, dy, gamma, saveMean, saveInvStd, dx, dgamma, dbeta)
		return nil
	}, nil
}

// bnBackward: with x̂ = (x-μ)·invstd, dγ = Σ dy·x̂, dβ = Σ dy and
// dx = γ·invstd·(dy - mean(dy) - x̂·mean(dy·x̂)), written per channel as
// dx = k1·dy + k2·(x-μ) + k3.
func bnBackward[T Float](rows, c int, x, dy, gamma, mean, invstd, dx, dgamma, dbeta []T) {
	// sums[ch] = Σ dy, sums[c+ch] = Σ dy·(x-μ)
	sums := reduceRows(rows, 2*c, func(lo, hi int, acc []float64) {
		for r := lo; r < hi; r++ {
			xr, dr := x[r*c:(r+1)*c], dy[r*c:(r+1)*c]
			for ch, d := range dr {
				acc[ch] += float64(d)
				acc[c+ch] += float64(d) * (float64(xr[ch]) - float64(mean[ch]))
			}
		}
	})
	k1, k2, k3 := make([]T, c), make([]T, c), make([]T, c)
	n := float64(rows)
	for ch := 0; ch < c; ch++ {
		is := float64(invstd[ch])
		sdy, sdyx := sums[ch], sums[c+ch]*is // Σ dy, Σ dy·x̂
		dgamma[ch], dbeta[ch] = T(sdyx), T(sdy)
		g := float64(gamma[ch]) * is
		k1[ch] = T(g)
		k2[ch] = T(-g * is * sdyx / n)
		k3[ch] = T(-g * sdy / n)
	}
	parallelFor(rows, 256, func(lo, hi int) {
		for r := lo; r < hi; r++ {
			xr, dr, out := x[r*c:(r+1)*c], dy[r*c:(r+1)*c], dx[r*c:(r+1)*c]
			for ch, d := range dr {
				out[ch] = k1[ch]*d + k2[ch]*(xr[ch]-mean[ch]) + k3[ch]
			}
		}
	})
}
