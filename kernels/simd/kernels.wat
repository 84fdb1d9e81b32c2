(module
  (import "env" "memory" (memory 1 65536 shared))
  (import "math" "exp" (func $math.exp (;0;) (param f64) (result f64)))
  (import "math" "log" (func $math.log (;1;) (param f64) (result f64)))

  (func $micro_2x16 (param $pa i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l6 v128)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 i32)
    (local $l22 i32)
		local.get $load
		if
			local.get $c
			local.set $l21
			local.get $l21
			v128.load align=16
			local.set $l6
			local.get $l21
			v128.load offset=16 align=16
			local.set $l7
			local.get $l21
			v128.load offset=32 align=16
			local.set $l8
			local.get $l21
			v128.load offset=48 align=16
			local.set $l9
			local.get $l21
			local.get $ldcBytes
			i32.add
			local.set $l21
			local.get $l21
			v128.load align=16
			local.set $l10
			local.get $l21
			v128.load offset=16 align=16
			local.set $l11
			local.get $l21
			v128.load offset=32 align=16
			local.set $l12
			local.get $l21
			v128.load offset=48 align=16
			local.set $l13
			local.get $l21
			local.get $ldcBytes
			i32.add
			local.set $l21
		end
		i32.const 0
		local.set $l22
		block
			loop
				local.get $l22
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pa
				v128.load32_splat align=4
				local.set $l19
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l20
				local.get $pb
				v128.load align=16
				local.set $l14
				local.get $l6
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l10
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pb
				v128.load offset=16 align=16
				local.set $l14
				local.get $l7
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=32 align=16
				local.set $l14
				local.get $l8
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=48 align=16
				local.set $l14
				local.get $l9
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l19
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l20
				local.get $pb
				v128.load offset=64 align=16
				local.set $l14
				local.get $l6
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l10
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pb
				v128.load offset=80 align=16
				local.set $l14
				local.get $l7
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=96 align=16
				local.set $l14
				local.get $l8
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=112 align=16
				local.set $l14
				local.get $l9
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l19
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l20
				local.get $pb
				v128.load offset=128 align=16
				local.set $l14
				local.get $l6
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l10
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pb
				v128.load offset=144 align=16
				local.set $l14
				local.get $l7
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=160 align=16
				local.set $l14
				local.get $l8
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=176 align=16
				local.set $l14
				local.get $l9
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l19
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l20
				local.get $pb
				v128.load offset=192 align=16
				local.set $l14
				local.get $l6
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l10
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pb
				v128.load offset=208 align=16
				local.set $l14
				local.get $l7
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=224 align=16
				local.set $l14
				local.get $l8
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=240 align=16
				local.set $l14
				local.get $l9
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				i32.const 32
				i32.add
				local.set $pa
				local.get $pb
				i32.const 256
				i32.add
				local.set $pb
				local.get $l22
				i32.const 4
				i32.add
				local.set $l22
				br 0
			end
		end
		local.get $l22
		local.set $l22
		block
			loop
				local.get $l22
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pa
				v128.load32_splat align=4
				local.set $l19
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l20
				local.get $pb
				v128.load align=16
				local.set $l14
				local.get $l6
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l10
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pb
				v128.load offset=16 align=16
				local.set $l14
				local.get $l7
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=32 align=16
				local.set $l14
				local.get $l8
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=48 align=16
				local.set $l14
				local.get $l9
				local.get $l19
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l20
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				i32.const 8
				i32.add
				local.set $pa
				local.get $pb
				i32.const 64
				i32.add
				local.set $pb
				local.get $l22
				i32.const 1
				i32.add
				local.set $l22
				br 0
			end
		end
		local.get $c
		local.set $l21
		local.get $l21
		local.get $l6
		v128.store align=16
		local.get $l21
		local.get $l7
		v128.store offset=16 align=16
		local.get $l21
		local.get $l8
		v128.store offset=32 align=16
		local.get $l21
		local.get $l9
		v128.store offset=48 align=16
		local.get $l21
		local.get $ldcBytes
		i32.add
		local.set $l21
		local.get $l21
		local.get $l10
		v128.store align=16
		local.get $l21
		local.get $l11
		v128.store offset=16 align=16
		local.get $l21
		local.get $l12
		v128.store offset=32 align=16
		local.get $l21
		local.get $l13
		v128.store offset=48 align=16
		local.get $l21
		local.get $ldcBytes
		i32.add
		local.set $l21
  )

  (func $micro_rm_2x16 (param $pa i32) (param $ldaBytes i32) (param $rows i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 i32)
    (local $l26 i32)
		local.get $pa
		local.get $ldaBytes
		i32.const 0
		i32.mul
		i32.add
		local.get $pa
		i32.const 0
		local.get $rows
		i32.lt_s
		select
		local.set $l8
		local.get $pa
		local.get $ldaBytes
		i32.const 1
		i32.mul
		i32.add
		local.get $pa
		i32.const 1
		local.get $rows
		i32.lt_s
		select
		local.set $l9
		local.get $load
		if
			local.get $c
			local.set $l25
			local.get $l25
			v128.load align=16
			local.set $l10
			local.get $l25
			v128.load offset=16 align=16
			local.set $l11
			local.get $l25
			v128.load offset=32 align=16
			local.set $l12
			local.get $l25
			v128.load offset=48 align=16
			local.set $l13
			local.get $l25
			local.get $ldcBytes
			i32.add
			local.set $l25
			local.get $l25
			v128.load align=16
			local.set $l14
			local.get $l25
			v128.load offset=16 align=16
			local.set $l15
			local.get $l25
			v128.load offset=32 align=16
			local.set $l16
			local.get $l25
			v128.load offset=48 align=16
			local.set $l17
			local.get $l25
			local.get $ldcBytes
			i32.add
			local.set $l25
		end
		i32.const 0
		local.set $l26
		block
			loop
				local.get $l26
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $l8
				v128.load32_splat align=4
				local.set $l23
				local.get $l9
				v128.load32_splat align=4
				local.set $l24
				local.get $pb
				v128.load align=16
				local.set $l18
				local.get $l10
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pb
				v128.load offset=16 align=16
				local.set $l18
				local.get $l11
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l15
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pb
				v128.load offset=32 align=16
				local.set $l18
				local.get $l12
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l16
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pb
				v128.load offset=48 align=16
				local.set $l18
				local.get $l13
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l17
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l8
				v128.load32_splat offset=4 align=4
				local.set $l23
				local.get $l9
				v128.load32_splat offset=4 align=4
				local.set $l24
				local.get $pb
				v128.load offset=64 align=16
				local.set $l18
				local.get $l10
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pb
				v128.load offset=80 align=16
				local.set $l18
				local.get $l11
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l15
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pb
				v128.load offset=96 align=16
				local.set $l18
				local.get $l12
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l16
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pb
				v128.load offset=112 align=16
				local.set $l18
				local.get $l13
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l17
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l8
				v128.load32_splat offset=8 align=4
				local.set $l23
				local.get $l9
				v128.load32_splat offset=8 align=4
				local.set $l24
				local.get $pb
				v128.load offset=128 align=16
				local.set $l18
				local.get $l10
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pb
				v128.load offset=144 align=16
				local.set $l18
				local.get $l11
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l15
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pb
				v128.load offset=160 align=16
				local.set $l18
				local.get $l12
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l16
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pb
				v128.load offset=176 align=16
				local.set $l18
				local.get $l13
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l17
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l8
				v128.load32_splat offset=12 align=4
				local.set $l23
				local.get $l9
				v128.load32_splat offset=12 align=4
				local.set $l24
				local.get $pb
				v128.load offset=192 align=16
				local.set $l18
				local.get $l10
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pb
				v128.load offset=208 align=16
				local.set $l18
				local.get $l11
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l15
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pb
				v128.load offset=224 align=16
				local.set $l18
				local.get $l12
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l16
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pb
				v128.load offset=240 align=16
				local.set $l18
				local.get $l13
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l17
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l8
				i32.const 16
				i32.add
				local.set $l8
				local.get $l9
				i32.const 16
				i32.add
				local.set $l9
				local.get $pb
				i32.const 256
				i32.add
				local.set $pb
				local.get $l26
				i32.const 4
				i32.add
				local.set $l26
				br 0
			end
		end
		local.get $l26
		local.set $l26
		block
			loop
				local.get $l26
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $l8
				v128.load32_splat align=4
				local.set $l23
				local.get $l9
				v128.load32_splat align=4
				local.set $l24
				local.get $pb
				v128.load align=16
				local.set $l18
				local.get $l10
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pb
				v128.load offset=16 align=16
				local.set $l18
				local.get $l11
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l15
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pb
				v128.load offset=32 align=16
				local.set $l18
				local.get $l12
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l16
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pb
				v128.load offset=48 align=16
				local.set $l18
				local.get $l13
				local.get $l23
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l17
				local.get $l24
				local.get $l18
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l8
				i32.const 4
				i32.add
				local.set $l8
				local.get $l9
				i32.const 4
				i32.add
				local.set $l9
				local.get $pb
				i32.const 64
				i32.add
				local.set $pb
				local.get $l26
				i32.const 1
				i32.add
				local.set $l26
				br 0
			end
		end
		local.get $c
		local.set $l25
		local.get $l25
		local.get $l10
		v128.store align=16
		local.get $l25
		local.get $l11
		v128.store offset=16 align=16
		local.get $l25
		local.get $l12
		v128.store offset=32 align=16
		local.get $l25
		local.get $l13
		v128.store offset=48 align=16
		local.get $l25
		local.get $ldcBytes
		i32.add
		local.set $l25
		local.get $l25
		local.get $l14
		v128.store align=16
		local.get $l25
		local.get $l15
		v128.store offset=16 align=16
		local.get $l25
		local.get $l16
		v128.store offset=32 align=16
		local.get $l25
		local.get $l17
		v128.store offset=48 align=16
		local.get $l25
		local.get $ldcBytes
		i32.add
		local.set $l25
  )

  (func $micro_cm_2x16 (param $pa i32) (param $ldaBytes i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 i32)
    (local $l23 i32)
		local.get $load
		if
			local.get $c
			local.set $l22
			local.get $l22
			v128.load align=16
			local.set $l7
			local.get $l22
			v128.load offset=16 align=16
			local.set $l8
			local.get $l22
			v128.load offset=32 align=16
			local.set $l9
			local.get $l22
			v128.load offset=48 align=16
			local.set $l10
			local.get $l22
			local.get $ldcBytes
			i32.add
			local.set $l22
			local.get $l22
			v128.load align=16
			local.set $l11
			local.get $l22
			v128.load offset=16 align=16
			local.set $l12
			local.get $l22
			v128.load offset=32 align=16
			local.set $l13
			local.get $l22
			v128.load offset=48 align=16
			local.set $l14
			local.get $l22
			local.get $ldcBytes
			i32.add
			local.set $l22
		end
		i32.const 0
		local.set $l23
		block
			loop
				local.get $l23
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pa
				v128.load32_splat align=4
				local.set $l20
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l21
				local.get $pb
				v128.load align=16
				local.set $l15
				local.get $l7
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=16 align=16
				local.set $l15
				local.get $l8
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=32 align=16
				local.set $l15
				local.get $l9
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=48 align=16
				local.set $l15
				local.get $l10
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pa
				v128.load32_splat align=4
				local.set $l20
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l21
				local.get $pb
				v128.load offset=64 align=16
				local.set $l15
				local.get $l7
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=80 align=16
				local.set $l15
				local.get $l8
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=96 align=16
				local.set $l15
				local.get $l9
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=112 align=16
				local.set $l15
				local.get $l10
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pa
				v128.load32_splat align=4
				local.set $l20
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l21
				local.get $pb
				v128.load offset=128 align=16
				local.set $l15
				local.get $l7
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=144 align=16
				local.set $l15
				local.get $l8
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=160 align=16
				local.set $l15
				local.get $l9
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=176 align=16
				local.set $l15
				local.get $l10
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pa
				v128.load32_splat align=4
				local.set $l20
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l21
				local.get $pb
				v128.load offset=192 align=16
				local.set $l15
				local.get $l7
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=208 align=16
				local.set $l15
				local.get $l8
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=224 align=16
				local.set $l15
				local.get $l9
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=240 align=16
				local.set $l15
				local.get $l10
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 256
				i32.add
				local.set $pb
				local.get $l23
				i32.const 4
				i32.add
				local.set $l23
				br 0
			end
		end
		local.get $l23
		local.set $l23
		block
			loop
				local.get $l23
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pa
				v128.load32_splat align=4
				local.set $l20
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l21
				local.get $pb
				v128.load align=16
				local.set $l15
				local.get $l7
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l11
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pb
				v128.load offset=16 align=16
				local.set $l15
				local.get $l8
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l12
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pb
				v128.load offset=32 align=16
				local.set $l15
				local.get $l9
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l13
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=48 align=16
				local.set $l15
				local.get $l10
				local.get $l20
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l14
				local.get $l21
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 64
				i32.add
				local.set $pb
				local.get $l23
				i32.const 1
				i32.add
				local.set $l23
				br 0
			end
		end
		local.get $c
		local.set $l22
		local.get $l22
		local.get $l7
		v128.store align=16
		local.get $l22
		local.get $l8
		v128.store offset=16 align=16
		local.get $l22
		local.get $l9
		v128.store offset=32 align=16
		local.get $l22
		local.get $l10
		v128.store offset=48 align=16
		local.get $l22
		local.get $ldcBytes
		i32.add
		local.set $l22
		local.get $l22
		local.get $l11
		v128.store align=16
		local.get $l22
		local.get $l12
		v128.store offset=16 align=16
		local.get $l22
		local.get $l13
		v128.store offset=32 align=16
		local.get $l22
		local.get $l14
		v128.store offset=48 align=16
		local.get $l22
		local.get $ldcBytes
		i32.add
		local.set $l22
  )

  (func $gemm_2x16 (export "gemm_2x16") (param $pa i32) (param $pb i32) (param $c i32) (param $M i32) (param $N i32) (param $K i32) (param $ldc i32) (param $accumulate i32) (param $scratch i32) (param $count i32) (param $strideA i32) (param $strideB i32) (param $strideC i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32) (param $lda i32) (param $group i32) (param $ldat i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 i32)
    (local $l51 i32)
    (local $l52 v128)
    (local $l53 f32)
    (local $l54 i32)
		local.get $M
		i32.const 2
		i32.add
		i32.const 1
		i32.sub
		i32.const 2
		i32.div_s
		local.set $l26
		local.get $N
		i32.const 16
		i32.add
		i32.const 1
		i32.sub
		i32.const 16
		i32.div_s
		local.set $l27
		local.get $l26
		i32.const 64
		i32.add
		i32.const 1
		i32.sub
		i32.const 64
		i32.div_s
		local.set $l28
		local.get $group
		i32.const 1
		local.get $group
		i32.const 0
		i32.gt_s
		select
		local.set $l43
		local.get $l27
		local.get $l43
		i32.add
		i32.const 1
		i32.sub
		local.get $l43
		i32.div_s
		local.set $l44
		local.get $l28
		local.get $l44
		i32.mul
		local.set $l24
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l47
				local.get $l47
				local.get $count
				local.get $l24
				i32.mul
				i32.ge_s
				br_if 1
				local.get $l47
				local.get $l24
				i32.div_s
				local.set $l25
				local.get $pa
				local.get $l25
				local.get $strideA
				i32.mul
				i32.add
				local.set $l21
				local.get $pb
				local.get $l25
				local.get $strideB
				i32.mul
				i32.add
				local.set $l22
				local.get $c
				local.get $l25
				local.get $strideC
				i32.mul
				i32.add
				local.set $l23
				local.get $res
				local.get $c
				i32.sub
				local.set $l20
				local.get $l47
				local.get $l24
				i32.rem_s
				local.set $l47
				local.get $l47
				local.get $l44
				i32.rem_s
				local.get $l43
				i32.mul
				local.set $l45
				local.get $l47
				local.get $l44
				i32.div_s
				i32.const 64
				i32.mul
				local.set $l29
				local.get $l29
				i32.const 64
				i32.add
				local.get $l26
				local.get $l29
				i32.const 64
				i32.add
				local.get $l26
				i32.lt_s
				select
				local.set $l30
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				i32.lt_s
				select
				local.set $l46
				i32.const 0
				local.set $l34
				block
					loop
						local.get $l34
						local.get $K
						i32.ge_s
						br_if 1
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.lt_s
						select
						local.set $l35
						local.get $accumulate
						local.get $l34
						i32.const 0
						i32.gt_s
						i32.or
						local.set $l36
						local.get $l45
						local.set $l31
						block
							loop
								local.get $l31
								local.get $l46
								i32.ge_s
								br_if 1
								i32.const 16
								local.get $N
								local.get $l31
								i32.const 16
								i32.mul
								i32.sub
								i32.const 16
								local.get $N
								local.get $l31
								i32.const 16
								i32.mul
								i32.sub
								i32.lt_s
								select
								local.set $l32
								local.get $l22
								local.get $l31
								local.get $K
								i32.mul
								i32.const 16
								i32.mul
								local.get $l34
								i32.const 16
								i32.mul
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l39
								local.get $l29
								local.set $l37
								block
									loop
										local.get $l37
										local.get $l30
										i32.ge_s
										br_if 1
										i32.const 2
										local.get $M
										local.get $l37
										i32.const 2
										i32.mul
										i32.sub
										i32.const 2
										local.get $M
										local.get $l37
										i32.const 2
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l33
										local.get $lda
										if
											local.get $l21
											local.get $l37
											i32.const 2
											i32.mul
											local.get $lda
											i32.mul
											local.get $l34
											i32.add
											i32.const 2
											i32.shl
											i32.add
											local.set $l38
											else
											local.get $ldat
											if
												local.get $l21
												local.get $l34
												local.get $ldat
												i32.mul
												local.get $l37
												i32.const 2
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
												else
												local.get $l21
												local.get $l37
												local.get $K
												i32.mul
												i32.const 2
												i32.mul
												local.get $l34
												i32.const 2
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
											end
										end
										local.get $l23
										local.get $l37
										i32.const 2
										i32.mul
										local.get $ldc
										i32.mul
										local.get $l31
										i32.const 16
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l40
										local.get $l33
										i32.const 2
										i32.eq
										local.get $l32
										i32.const 16
										i32.eq
										i32.and
										if
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $l40
												local.get $ldc
												i32.const 2
												i32.shl
												local.get $l36
												call $micro_rm_2x16
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_cm_2x16
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_2x16
												end
											end
											else
											local.get $l36
											if
												i32.const 0
												local.set $l41
												block
													loop
														local.get $l41
														local.get $l33
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l42
														block
															loop
																local.get $l42
																local.get $l32
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l41
																i32.const 16
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l40
																local.get $l41
																local.get $ldc
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l42
																i32.const 1
																i32.add
																local.set $l42
																br 0
															end
														end
														local.get $l41
														i32.const 1
														i32.add
														local.set $l41
														br 0
													end
												end
											end
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $scratch
												i32.const 64
												local.get $l36
												call $micro_rm_2x16
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 64
													local.get $l36
													call $micro_cm_2x16
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 64
													local.get $l36
													call $micro_2x16
												end
											end
											i32.const 0
											local.set $l41
											block
												loop
													local.get $l41
													local.get $l33
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l42
													block
														loop
															local.get $l42
															local.get $l32
															i32.ge_s
															br_if 1
															local.get $l40
															local.get $l41
															local.get $ldc
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l41
															i32.const 16
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l42
															i32.const 1
															i32.add
															local.set $l42
															br 0
														end
													end
													local.get $l41
													i32.const 1
													i32.add
													local.set $l41
													br 0
												end
											end
										end
										local.get $l37
										i32.const 1
										i32.add
										local.set $l37
										br 0
									end
								end
								local.get $l31
								i32.const 1
								i32.add
								local.set $l31
								br 0
							end
						end
						local.get $l34
						i32.const 256
						i32.add
						local.set $l34
						br 0
					end
				end
				local.get $scale
				if
					local.get $l45
					local.set $l31
					block
						loop
							local.get $l31
							local.get $l46
							i32.ge_s
							br_if 1
							i32.const 16
							local.get $N
							local.get $l31
							i32.const 16
							i32.mul
							i32.sub
							i32.const 16
							local.get $N
							local.get $l31
							i32.const 16
							i32.mul
							i32.sub
							i32.lt_s
							select
							local.set $l32
							local.get $scale
							local.get $l31
							i32.const 16
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l50
							local.get $shift
							local.get $l31
							i32.const 16
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l51
							i32.const 0
							local.set $l48
							block
								loop
									local.get $l48
									local.get $l30
									i32.const 2
									i32.mul
									local.get $M
									local.get $l30
									i32.const 2
									i32.mul
									local.get $M
									i32.lt_s
									select
									local.get $l29
									i32.const 2
									i32.mul
									i32.sub
									i32.ge_s
									br_if 1
									local.get $l23
									local.get $l29
									i32.const 2
									i32.mul
									local.get $ldc
									i32.mul
									local.get $l31
									i32.const 16
									i32.mul
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l48
									local.get $ldc
									i32.mul
									i32.const 2
									i32.shl
									i32.add
									local.set $l49
									i32.const 0
									local.set $l54
									block
										loop
											local.get $l54
											i32.const 4
											i32.add
											local.get $l32
											i32.gt_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											local.set $l52
											local.get $l52
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l52
											local.get $res
											if
												local.get $l52
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l52
											end
											local.get $relu
											if
												local.get $l52
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l52
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l52
											v128.store align=16
											local.get $l54
											i32.const 4
											i32.add
											local.set $l54
											br 0
										end
									end
									block
										loop
											local.get $l54
											local.get $l32
											i32.ge_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											local.set $l53
											local.get $l53
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.add
											local.set $l53
											local.get $res
											if
												local.get $l53
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												f32.load align=4
												f32.add
												local.set $l53
											end
											local.get $relu
											if
												local.get $l53
												f32.const 0
												f32.max
												local.set $l53
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l53
											f32.store align=4
											local.get $l54
											i32.const 1
											i32.add
											local.set $l54
											br 0
										end
									end
									local.get $l48
									i32.const 1
									i32.add
									local.set $l48
									br 0
								end
							end
							local.get $l31
							i32.const 1
							i32.add
							local.set $l31
							br 0
						end
					end
				end
				br 0
			end
		end
  )

  (func $micro_4x8 (param $pa i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l6 v128)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 i32)
    (local $l22 i32)
		local.get $load
		if
			local.get $c
			local.set $l21
			local.get $l21
			v128.load align=16
			local.set $l6
			local.get $l21
			v128.load offset=16 align=16
			local.set $l7
			local.get $l21
			local.get $ldcBytes
			i32.add
			local.set $l21
			local.get $l21
			v128.load align=16
			local.set $l8
			local.get $l21
			v128.load offset=16 align=16
			local.set $l9
			local.get $l21
			local.get $ldcBytes
			i32.add
			local.set $l21
			local.get $l21
			v128.load align=16
			local.set $l10
			local.get $l21
			v128.load offset=16 align=16
			local.set $l11
			local.get $l21
			local.get $ldcBytes
			i32.add
			local.set $l21
			local.get $l21
			v128.load align=16
			local.set $l12
			local.get $l21
			v128.load offset=16 align=16
			local.set $l13
			local.get $l21
			local.get $ldcBytes
			i32.add
			local.set $l21
		end
		i32.const 0
		local.set $l22
		block
			loop
				local.get $l22
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l14
				local.get $pb
				v128.load offset=16 align=16
				local.set $l15
				local.get $pa
				v128.load32_splat align=4
				local.set $l16
				local.get $l6
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l16
				local.get $l8
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l16
				local.get $l10
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l16
				local.get $l12
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=32 align=16
				local.set $l14
				local.get $pb
				v128.load offset=48 align=16
				local.set $l15
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l16
				local.get $l6
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l16
				local.get $l8
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l16
				local.get $l10
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l16
				local.get $l12
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=64 align=16
				local.set $l14
				local.get $pb
				v128.load offset=80 align=16
				local.set $l15
				local.get $pa
				v128.load32_splat offset=32 align=4
				local.set $l16
				local.get $l6
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=36 align=4
				local.set $l16
				local.get $l8
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=40 align=4
				local.set $l16
				local.get $l10
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=44 align=4
				local.set $l16
				local.get $l12
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pb
				v128.load offset=96 align=16
				local.set $l14
				local.get $pb
				v128.load offset=112 align=16
				local.set $l15
				local.get $pa
				v128.load32_splat offset=48 align=4
				local.set $l16
				local.get $l6
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=52 align=4
				local.set $l16
				local.get $l8
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=56 align=4
				local.set $l16
				local.get $l10
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=60 align=4
				local.set $l16
				local.get $l12
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				i32.const 64
				i32.add
				local.set $pa
				local.get $pb
				i32.const 128
				i32.add
				local.set $pb
				local.get $l22
				i32.const 4
				i32.add
				local.set $l22
				br 0
			end
		end
		local.get $l22
		local.set $l22
		block
			loop
				local.get $l22
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l14
				local.get $pb
				v128.load offset=16 align=16
				local.set $l15
				local.get $pa
				v128.load32_splat align=4
				local.set $l16
				local.get $l6
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l16
				local.get $l8
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l16
				local.get $l10
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l16
				local.get $l12
				local.get $l16
				local.get $l14
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l16
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				i32.const 16
				i32.add
				local.set $pa
				local.get $pb
				i32.const 32
				i32.add
				local.set $pb
				local.get $l22
				i32.const 1
				i32.add
				local.set $l22
				br 0
			end
		end
		local.get $c
		local.set $l21
		local.get $l21
		local.get $l6
		v128.store align=16
		local.get $l21
		local.get $l7
		v128.store offset=16 align=16
		local.get $l21
		local.get $ldcBytes
		i32.add
		local.set $l21
		local.get $l21
		local.get $l8
		v128.store align=16
		local.get $l21
		local.get $l9
		v128.store offset=16 align=16
		local.get $l21
		local.get $ldcBytes
		i32.add
		local.set $l21
		local.get $l21
		local.get $l10
		v128.store align=16
		local.get $l21
		local.get $l11
		v128.store offset=16 align=16
		local.get $l21
		local.get $ldcBytes
		i32.add
		local.set $l21
		local.get $l21
		local.get $l12
		v128.store align=16
		local.get $l21
		local.get $l13
		v128.store offset=16 align=16
		local.get $l21
		local.get $ldcBytes
		i32.add
		local.set $l21
  )

  (func $micro_rm_4x8 (param $pa i32) (param $ldaBytes i32) (param $rows i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 i32)
    (local $l28 i32)
		local.get $pa
		local.get $ldaBytes
		i32.const 0
		i32.mul
		i32.add
		local.get $pa
		i32.const 0
		local.get $rows
		i32.lt_s
		select
		local.set $l8
		local.get $pa
		local.get $ldaBytes
		i32.const 1
		i32.mul
		i32.add
		local.get $pa
		i32.const 1
		local.get $rows
		i32.lt_s
		select
		local.set $l9
		local.get $pa
		local.get $ldaBytes
		i32.const 2
		i32.mul
		i32.add
		local.get $pa
		i32.const 2
		local.get $rows
		i32.lt_s
		select
		local.set $l10
		local.get $pa
		local.get $ldaBytes
		i32.const 3
		i32.mul
		i32.add
		local.get $pa
		i32.const 3
		local.get $rows
		i32.lt_s
		select
		local.set $l11
		local.get $load
		if
			local.get $c
			local.set $l27
			local.get $l27
			v128.load align=16
			local.set $l12
			local.get $l27
			v128.load offset=16 align=16
			local.set $l13
			local.get $l27
			local.get $ldcBytes
			i32.add
			local.set $l27
			local.get $l27
			v128.load align=16
			local.set $l14
			local.get $l27
			v128.load offset=16 align=16
			local.set $l15
			local.get $l27
			local.get $ldcBytes
			i32.add
			local.set $l27
			local.get $l27
			v128.load align=16
			local.set $l16
			local.get $l27
			v128.load offset=16 align=16
			local.set $l17
			local.get $l27
			local.get $ldcBytes
			i32.add
			local.set $l27
			local.get $l27
			v128.load align=16
			local.set $l18
			local.get $l27
			v128.load offset=16 align=16
			local.set $l19
			local.get $l27
			local.get $ldcBytes
			i32.add
			local.set $l27
		end
		i32.const 0
		local.set $l28
		block
			loop
				local.get $l28
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l20
				local.get $pb
				v128.load offset=16 align=16
				local.set $l21
				local.get $l8
				v128.load32_splat align=4
				local.set $l22
				local.get $l12
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l9
				v128.load32_splat align=4
				local.set $l22
				local.get $l14
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l10
				v128.load32_splat align=4
				local.set $l22
				local.get $l16
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l11
				v128.load32_splat align=4
				local.set $l22
				local.get $l18
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pb
				v128.load offset=32 align=16
				local.set $l20
				local.get $pb
				v128.load offset=48 align=16
				local.set $l21
				local.get $l8
				v128.load32_splat offset=4 align=4
				local.set $l22
				local.get $l12
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l9
				v128.load32_splat offset=4 align=4
				local.set $l22
				local.get $l14
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l10
				v128.load32_splat offset=4 align=4
				local.set $l22
				local.get $l16
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l11
				v128.load32_splat offset=4 align=4
				local.set $l22
				local.get $l18
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pb
				v128.load offset=64 align=16
				local.set $l20
				local.get $pb
				v128.load offset=80 align=16
				local.set $l21
				local.get $l8
				v128.load32_splat offset=8 align=4
				local.set $l22
				local.get $l12
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l9
				v128.load32_splat offset=8 align=4
				local.set $l22
				local.get $l14
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l10
				v128.load32_splat offset=8 align=4
				local.set $l22
				local.get $l16
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l11
				v128.load32_splat offset=8 align=4
				local.set $l22
				local.get $l18
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pb
				v128.load offset=96 align=16
				local.set $l20
				local.get $pb
				v128.load offset=112 align=16
				local.set $l21
				local.get $l8
				v128.load32_splat offset=12 align=4
				local.set $l22
				local.get $l12
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l9
				v128.load32_splat offset=12 align=4
				local.set $l22
				local.get $l14
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l10
				v128.load32_splat offset=12 align=4
				local.set $l22
				local.get $l16
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l11
				v128.load32_splat offset=12 align=4
				local.set $l22
				local.get $l18
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l8
				i32.const 16
				i32.add
				local.set $l8
				local.get $l9
				i32.const 16
				i32.add
				local.set $l9
				local.get $l10
				i32.const 16
				i32.add
				local.set $l10
				local.get $l11
				i32.const 16
				i32.add
				local.set $l11
				local.get $pb
				i32.const 128
				i32.add
				local.set $pb
				local.get $l28
				i32.const 4
				i32.add
				local.set $l28
				br 0
			end
		end
		local.get $l28
		local.set $l28
		block
			loop
				local.get $l28
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l20
				local.get $pb
				v128.load offset=16 align=16
				local.set $l21
				local.get $l8
				v128.load32_splat align=4
				local.set $l22
				local.get $l12
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l9
				v128.load32_splat align=4
				local.set $l22
				local.get $l14
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l10
				v128.load32_splat align=4
				local.set $l22
				local.get $l16
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l11
				v128.load32_splat align=4
				local.set $l22
				local.get $l18
				local.get $l22
				local.get $l20
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l22
				local.get $l21
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l8
				i32.const 4
				i32.add
				local.set $l8
				local.get $l9
				i32.const 4
				i32.add
				local.set $l9
				local.get $l10
				i32.const 4
				i32.add
				local.set $l10
				local.get $l11
				i32.const 4
				i32.add
				local.set $l11
				local.get $pb
				i32.const 32
				i32.add
				local.set $pb
				local.get $l28
				i32.const 1
				i32.add
				local.set $l28
				br 0
			end
		end
		local.get $c
		local.set $l27
		local.get $l27
		local.get $l12
		v128.store align=16
		local.get $l27
		local.get $l13
		v128.store offset=16 align=16
		local.get $l27
		local.get $ldcBytes
		i32.add
		local.set $l27
		local.get $l27
		local.get $l14
		v128.store align=16
		local.get $l27
		local.get $l15
		v128.store offset=16 align=16
		local.get $l27
		local.get $ldcBytes
		i32.add
		local.set $l27
		local.get $l27
		local.get $l16
		v128.store align=16
		local.get $l27
		local.get $l17
		v128.store offset=16 align=16
		local.get $l27
		local.get $ldcBytes
		i32.add
		local.set $l27
		local.get $l27
		local.get $l18
		v128.store align=16
		local.get $l27
		local.get $l19
		v128.store offset=16 align=16
		local.get $l27
		local.get $ldcBytes
		i32.add
		local.set $l27
  )

  (func $micro_cm_4x8 (param $pa i32) (param $ldaBytes i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 i32)
    (local $l23 i32)
		local.get $load
		if
			local.get $c
			local.set $l22
			local.get $l22
			v128.load align=16
			local.set $l7
			local.get $l22
			v128.load offset=16 align=16
			local.set $l8
			local.get $l22
			local.get $ldcBytes
			i32.add
			local.set $l22
			local.get $l22
			v128.load align=16
			local.set $l9
			local.get $l22
			v128.load offset=16 align=16
			local.set $l10
			local.get $l22
			local.get $ldcBytes
			i32.add
			local.set $l22
			local.get $l22
			v128.load align=16
			local.set $l11
			local.get $l22
			v128.load offset=16 align=16
			local.set $l12
			local.get $l22
			local.get $ldcBytes
			i32.add
			local.set $l22
			local.get $l22
			v128.load align=16
			local.set $l13
			local.get $l22
			v128.load offset=16 align=16
			local.set $l14
			local.get $l22
			local.get $ldcBytes
			i32.add
			local.set $l22
		end
		i32.const 0
		local.set $l23
		block
			loop
				local.get $l23
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l15
				local.get $pb
				v128.load offset=16 align=16
				local.set $l16
				local.get $pa
				v128.load32_splat align=4
				local.set $l17
				local.get $l7
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l17
				local.get $l9
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l17
				local.get $l11
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l17
				local.get $l13
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=32 align=16
				local.set $l15
				local.get $pb
				v128.load offset=48 align=16
				local.set $l16
				local.get $pa
				v128.load32_splat align=4
				local.set $l17
				local.get $l7
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l17
				local.get $l9
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l17
				local.get $l11
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l17
				local.get $l13
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=64 align=16
				local.set $l15
				local.get $pb
				v128.load offset=80 align=16
				local.set $l16
				local.get $pa
				v128.load32_splat align=4
				local.set $l17
				local.get $l7
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l17
				local.get $l9
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l17
				local.get $l11
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l17
				local.get $l13
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=96 align=16
				local.set $l15
				local.get $pb
				v128.load offset=112 align=16
				local.set $l16
				local.get $pa
				v128.load32_splat align=4
				local.set $l17
				local.get $l7
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l17
				local.get $l9
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l17
				local.get $l11
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l17
				local.get $l13
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 128
				i32.add
				local.set $pb
				local.get $l23
				i32.const 4
				i32.add
				local.set $l23
				br 0
			end
		end
		local.get $l23
		local.set $l23
		block
			loop
				local.get $l23
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l15
				local.get $pb
				v128.load offset=16 align=16
				local.set $l16
				local.get $pa
				v128.load32_splat align=4
				local.set $l17
				local.get $l7
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l17
				local.get $l9
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l17
				local.get $l11
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l17
				local.get $l13
				local.get $l17
				local.get $l15
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l17
				local.get $l16
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 32
				i32.add
				local.set $pb
				local.get $l23
				i32.const 1
				i32.add
				local.set $l23
				br 0
			end
		end
		local.get $c
		local.set $l22
		local.get $l22
		local.get $l7
		v128.store align=16
		local.get $l22
		local.get $l8
		v128.store offset=16 align=16
		local.get $l22
		local.get $ldcBytes
		i32.add
		local.set $l22
		local.get $l22
		local.get $l9
		v128.store align=16
		local.get $l22
		local.get $l10
		v128.store offset=16 align=16
		local.get $l22
		local.get $ldcBytes
		i32.add
		local.set $l22
		local.get $l22
		local.get $l11
		v128.store align=16
		local.get $l22
		local.get $l12
		v128.store offset=16 align=16
		local.get $l22
		local.get $ldcBytes
		i32.add
		local.set $l22
		local.get $l22
		local.get $l13
		v128.store align=16
		local.get $l22
		local.get $l14
		v128.store offset=16 align=16
		local.get $l22
		local.get $ldcBytes
		i32.add
		local.set $l22
  )

  (func $gemm_4x8 (export "gemm_4x8") (param $pa i32) (param $pb i32) (param $c i32) (param $M i32) (param $N i32) (param $K i32) (param $ldc i32) (param $accumulate i32) (param $scratch i32) (param $count i32) (param $strideA i32) (param $strideB i32) (param $strideC i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32) (param $lda i32) (param $group i32) (param $ldat i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 i32)
    (local $l51 i32)
    (local $l52 v128)
    (local $l53 f32)
    (local $l54 i32)
		local.get $M
		i32.const 4
		i32.add
		i32.const 1
		i32.sub
		i32.const 4
		i32.div_s
		local.set $l26
		local.get $N
		i32.const 8
		i32.add
		i32.const 1
		i32.sub
		i32.const 8
		i32.div_s
		local.set $l27
		local.get $l26
		i32.const 32
		i32.add
		i32.const 1
		i32.sub
		i32.const 32
		i32.div_s
		local.set $l28
		local.get $group
		i32.const 1
		local.get $group
		i32.const 0
		i32.gt_s
		select
		local.set $l43
		local.get $l27
		local.get $l43
		i32.add
		i32.const 1
		i32.sub
		local.get $l43
		i32.div_s
		local.set $l44
		local.get $l28
		local.get $l44
		i32.mul
		local.set $l24
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l47
				local.get $l47
				local.get $count
				local.get $l24
				i32.mul
				i32.ge_s
				br_if 1
				local.get $l47
				local.get $l24
				i32.div_s
				local.set $l25
				local.get $pa
				local.get $l25
				local.get $strideA
				i32.mul
				i32.add
				local.set $l21
				local.get $pb
				local.get $l25
				local.get $strideB
				i32.mul
				i32.add
				local.set $l22
				local.get $c
				local.get $l25
				local.get $strideC
				i32.mul
				i32.add
				local.set $l23
				local.get $res
				local.get $c
				i32.sub
				local.set $l20
				local.get $l47
				local.get $l24
				i32.rem_s
				local.set $l47
				local.get $l47
				local.get $l44
				i32.rem_s
				local.get $l43
				i32.mul
				local.set $l45
				local.get $l47
				local.get $l44
				i32.div_s
				i32.const 32
				i32.mul
				local.set $l29
				local.get $l29
				i32.const 32
				i32.add
				local.get $l26
				local.get $l29
				i32.const 32
				i32.add
				local.get $l26
				i32.lt_s
				select
				local.set $l30
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				i32.lt_s
				select
				local.set $l46
				i32.const 0
				local.set $l34
				block
					loop
						local.get $l34
						local.get $K
						i32.ge_s
						br_if 1
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.lt_s
						select
						local.set $l35
						local.get $accumulate
						local.get $l34
						i32.const 0
						i32.gt_s
						i32.or
						local.set $l36
						local.get $l45
						local.set $l31
						block
							loop
								local.get $l31
								local.get $l46
								i32.ge_s
								br_if 1
								i32.const 8
								local.get $N
								local.get $l31
								i32.const 8
								i32.mul
								i32.sub
								i32.const 8
								local.get $N
								local.get $l31
								i32.const 8
								i32.mul
								i32.sub
								i32.lt_s
								select
								local.set $l32
								local.get $l22
								local.get $l31
								local.get $K
								i32.mul
								i32.const 8
								i32.mul
								local.get $l34
								i32.const 8
								i32.mul
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l39
								local.get $l29
								local.set $l37
								block
									loop
										local.get $l37
										local.get $l30
										i32.ge_s
										br_if 1
										i32.const 4
										local.get $M
										local.get $l37
										i32.const 4
										i32.mul
										i32.sub
										i32.const 4
										local.get $M
										local.get $l37
										i32.const 4
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l33
										local.get $lda
										if
											local.get $l21
											local.get $l37
											i32.const 4
											i32.mul
											local.get $lda
											i32.mul
											local.get $l34
											i32.add
											i32.const 2
											i32.shl
											i32.add
											local.set $l38
											else
											local.get $ldat
											if
												local.get $l21
												local.get $l34
												local.get $ldat
												i32.mul
												local.get $l37
												i32.const 4
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
												else
												local.get $l21
												local.get $l37
												local.get $K
												i32.mul
												i32.const 4
												i32.mul
												local.get $l34
												i32.const 4
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
											end
										end
										local.get $l23
										local.get $l37
										i32.const 4
										i32.mul
										local.get $ldc
										i32.mul
										local.get $l31
										i32.const 8
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l40
										local.get $l33
										i32.const 4
										i32.eq
										local.get $l32
										i32.const 8
										i32.eq
										i32.and
										if
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $l40
												local.get $ldc
												i32.const 2
												i32.shl
												local.get $l36
												call $micro_rm_4x8
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_cm_4x8
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_4x8
												end
											end
											else
											local.get $l36
											if
												i32.const 0
												local.set $l41
												block
													loop
														local.get $l41
														local.get $l33
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l42
														block
															loop
																local.get $l42
																local.get $l32
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l41
																i32.const 8
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l40
																local.get $l41
																local.get $ldc
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l42
																i32.const 1
																i32.add
																local.set $l42
																br 0
															end
														end
														local.get $l41
														i32.const 1
														i32.add
														local.set $l41
														br 0
													end
												end
											end
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $scratch
												i32.const 32
												local.get $l36
												call $micro_rm_4x8
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 32
													local.get $l36
													call $micro_cm_4x8
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 32
													local.get $l36
													call $micro_4x8
												end
											end
											i32.const 0
											local.set $l41
											block
												loop
													local.get $l41
													local.get $l33
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l42
													block
														loop
															local.get $l42
															local.get $l32
															i32.ge_s
															br_if 1
															local.get $l40
															local.get $l41
															local.get $ldc
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l41
															i32.const 8
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l42
															i32.const 1
															i32.add
															local.set $l42
															br 0
														end
													end
													local.get $l41
													i32.const 1
													i32.add
													local.set $l41
													br 0
												end
											end
										end
										local.get $l37
										i32.const 1
										i32.add
										local.set $l37
										br 0
									end
								end
								local.get $l31
								i32.const 1
								i32.add
								local.set $l31
								br 0
							end
						end
						local.get $l34
						i32.const 256
						i32.add
						local.set $l34
						br 0
					end
				end
				local.get $scale
				if
					local.get $l45
					local.set $l31
					block
						loop
							local.get $l31
							local.get $l46
							i32.ge_s
							br_if 1
							i32.const 8
							local.get $N
							local.get $l31
							i32.const 8
							i32.mul
							i32.sub
							i32.const 8
							local.get $N
							local.get $l31
							i32.const 8
							i32.mul
							i32.sub
							i32.lt_s
							select
							local.set $l32
							local.get $scale
							local.get $l31
							i32.const 8
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l50
							local.get $shift
							local.get $l31
							i32.const 8
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l51
							i32.const 0
							local.set $l48
							block
								loop
									local.get $l48
									local.get $l30
									i32.const 4
									i32.mul
									local.get $M
									local.get $l30
									i32.const 4
									i32.mul
									local.get $M
									i32.lt_s
									select
									local.get $l29
									i32.const 4
									i32.mul
									i32.sub
									i32.ge_s
									br_if 1
									local.get $l23
									local.get $l29
									i32.const 4
									i32.mul
									local.get $ldc
									i32.mul
									local.get $l31
									i32.const 8
									i32.mul
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l48
									local.get $ldc
									i32.mul
									i32.const 2
									i32.shl
									i32.add
									local.set $l49
									i32.const 0
									local.set $l54
									block
										loop
											local.get $l54
											i32.const 4
											i32.add
											local.get $l32
											i32.gt_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											local.set $l52
											local.get $l52
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l52
											local.get $res
											if
												local.get $l52
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l52
											end
											local.get $relu
											if
												local.get $l52
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l52
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l52
											v128.store align=16
											local.get $l54
											i32.const 4
											i32.add
											local.set $l54
											br 0
										end
									end
									block
										loop
											local.get $l54
											local.get $l32
											i32.ge_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											local.set $l53
											local.get $l53
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.add
											local.set $l53
											local.get $res
											if
												local.get $l53
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												f32.load align=4
												f32.add
												local.set $l53
											end
											local.get $relu
											if
												local.get $l53
												f32.const 0
												f32.max
												local.set $l53
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l53
											f32.store align=4
											local.get $l54
											i32.const 1
											i32.add
											local.set $l54
											br 0
										end
									end
									local.get $l48
									i32.const 1
									i32.add
									local.set $l48
									br 0
								end
							end
							local.get $l31
							i32.const 1
							i32.add
							local.set $l31
							br 0
						end
					end
				end
				br 0
			end
		end
  )

  (func $micro_4x16 (param $pa i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l6 v128)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 i32)
    (local $l32 i32)
		local.get $load
		if
			local.get $c
			local.set $l31
			local.get $l31
			v128.load align=16
			local.set $l6
			local.get $l31
			v128.load offset=16 align=16
			local.set $l7
			local.get $l31
			v128.load offset=32 align=16
			local.set $l8
			local.get $l31
			v128.load offset=48 align=16
			local.set $l9
			local.get $l31
			local.get $ldcBytes
			i32.add
			local.set $l31
			local.get $l31
			v128.load align=16
			local.set $l10
			local.get $l31
			v128.load offset=16 align=16
			local.set $l11
			local.get $l31
			v128.load offset=32 align=16
			local.set $l12
			local.get $l31
			v128.load offset=48 align=16
			local.set $l13
			local.get $l31
			local.get $ldcBytes
			i32.add
			local.set $l31
			local.get $l31
			v128.load align=16
			local.set $l14
			local.get $l31
			v128.load offset=16 align=16
			local.set $l15
			local.get $l31
			v128.load offset=32 align=16
			local.set $l16
			local.get $l31
			v128.load offset=48 align=16
			local.set $l17
			local.get $l31
			local.get $ldcBytes
			i32.add
			local.set $l31
			local.get $l31
			v128.load align=16
			local.set $l18
			local.get $l31
			v128.load offset=16 align=16
			local.set $l19
			local.get $l31
			v128.load offset=32 align=16
			local.set $l20
			local.get $l31
			v128.load offset=48 align=16
			local.set $l21
			local.get $l31
			local.get $ldcBytes
			i32.add
			local.set $l31
		end
		i32.const 0
		local.set $l32
		block
			loop
				local.get $l32
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l22
				local.get $pb
				v128.load offset=16 align=16
				local.set $l23
				local.get $pb
				v128.load offset=32 align=16
				local.set $l24
				local.get $pb
				v128.load offset=48 align=16
				local.set $l25
				local.get $pa
				v128.load32_splat align=4
				local.set $l26
				local.get $l6
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l26
				local.get $l10
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l26
				local.get $l14
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l26
				local.get $l18
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pb
				v128.load offset=64 align=16
				local.set $l22
				local.get $pb
				v128.load offset=80 align=16
				local.set $l23
				local.get $pb
				v128.load offset=96 align=16
				local.set $l24
				local.get $pb
				v128.load offset=112 align=16
				local.set $l25
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l26
				local.get $l6
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l26
				local.get $l10
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l26
				local.get $l14
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l26
				local.get $l18
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pb
				v128.load offset=128 align=16
				local.set $l22
				local.get $pb
				v128.load offset=144 align=16
				local.set $l23
				local.get $pb
				v128.load offset=160 align=16
				local.set $l24
				local.get $pb
				v128.load offset=176 align=16
				local.set $l25
				local.get $pa
				v128.load32_splat offset=32 align=4
				local.set $l26
				local.get $l6
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=36 align=4
				local.set $l26
				local.get $l10
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=40 align=4
				local.set $l26
				local.get $l14
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=44 align=4
				local.set $l26
				local.get $l18
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pb
				v128.load offset=192 align=16
				local.set $l22
				local.get $pb
				v128.load offset=208 align=16
				local.set $l23
				local.get $pb
				v128.load offset=224 align=16
				local.set $l24
				local.get $pb
				v128.load offset=240 align=16
				local.set $l25
				local.get $pa
				v128.load32_splat offset=48 align=4
				local.set $l26
				local.get $l6
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=52 align=4
				local.set $l26
				local.get $l10
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=56 align=4
				local.set $l26
				local.get $l14
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=60 align=4
				local.set $l26
				local.get $l18
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pa
				i32.const 64
				i32.add
				local.set $pa
				local.get $pb
				i32.const 256
				i32.add
				local.set $pb
				local.get $l32
				i32.const 4
				i32.add
				local.set $l32
				br 0
			end
		end
		local.get $l32
		local.set $l32
		block
			loop
				local.get $l32
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l22
				local.get $pb
				v128.load offset=16 align=16
				local.set $l23
				local.get $pb
				v128.load offset=32 align=16
				local.set $l24
				local.get $pb
				v128.load offset=48 align=16
				local.set $l25
				local.get $pa
				v128.load32_splat align=4
				local.set $l26
				local.get $l6
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l26
				local.get $l10
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l26
				local.get $l14
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l26
				local.get $l18
				local.get $l26
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l26
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l26
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l26
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pa
				i32.const 16
				i32.add
				local.set $pa
				local.get $pb
				i32.const 64
				i32.add
				local.set $pb
				local.get $l32
				i32.const 1
				i32.add
				local.set $l32
				br 0
			end
		end
		local.get $c
		local.set $l31
		local.get $l31
		local.get $l6
		v128.store align=16
		local.get $l31
		local.get $l7
		v128.store offset=16 align=16
		local.get $l31
		local.get $l8
		v128.store offset=32 align=16
		local.get $l31
		local.get $l9
		v128.store offset=48 align=16
		local.get $l31
		local.get $ldcBytes
		i32.add
		local.set $l31
		local.get $l31
		local.get $l10
		v128.store align=16
		local.get $l31
		local.get $l11
		v128.store offset=16 align=16
		local.get $l31
		local.get $l12
		v128.store offset=32 align=16
		local.get $l31
		local.get $l13
		v128.store offset=48 align=16
		local.get $l31
		local.get $ldcBytes
		i32.add
		local.set $l31
		local.get $l31
		local.get $l14
		v128.store align=16
		local.get $l31
		local.get $l15
		v128.store offset=16 align=16
		local.get $l31
		local.get $l16
		v128.store offset=32 align=16
		local.get $l31
		local.get $l17
		v128.store offset=48 align=16
		local.get $l31
		local.get $ldcBytes
		i32.add
		local.set $l31
		local.get $l31
		local.get $l18
		v128.store align=16
		local.get $l31
		local.get $l19
		v128.store offset=16 align=16
		local.get $l31
		local.get $l20
		v128.store offset=32 align=16
		local.get $l31
		local.get $l21
		v128.store offset=48 align=16
		local.get $l31
		local.get $ldcBytes
		i32.add
		local.set $l31
  )

  (func $micro_rm_4x16 (param $pa i32) (param $ldaBytes i32) (param $rows i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 i32)
    (local $l38 i32)
		local.get $pa
		local.get $ldaBytes
		i32.const 0
		i32.mul
		i32.add
		local.get $pa
		i32.const 0
		local.get $rows
		i32.lt_s
		select
		local.set $l8
		local.get $pa
		local.get $ldaBytes
		i32.const 1
		i32.mul
		i32.add
		local.get $pa
		i32.const 1
		local.get $rows
		i32.lt_s
		select
		local.set $l9
		local.get $pa
		local.get $ldaBytes
		i32.const 2
		i32.mul
		i32.add
		local.get $pa
		i32.const 2
		local.get $rows
		i32.lt_s
		select
		local.set $l10
		local.get $pa
		local.get $ldaBytes
		i32.const 3
		i32.mul
		i32.add
		local.get $pa
		i32.const 3
		local.get $rows
		i32.lt_s
		select
		local.set $l11
		local.get $load
		if
			local.get $c
			local.set $l37
			local.get $l37
			v128.load align=16
			local.set $l12
			local.get $l37
			v128.load offset=16 align=16
			local.set $l13
			local.get $l37
			v128.load offset=32 align=16
			local.set $l14
			local.get $l37
			v128.load offset=48 align=16
			local.set $l15
			local.get $l37
			local.get $ldcBytes
			i32.add
			local.set $l37
			local.get $l37
			v128.load align=16
			local.set $l16
			local.get $l37
			v128.load offset=16 align=16
			local.set $l17
			local.get $l37
			v128.load offset=32 align=16
			local.set $l18
			local.get $l37
			v128.load offset=48 align=16
			local.set $l19
			local.get $l37
			local.get $ldcBytes
			i32.add
			local.set $l37
			local.get $l37
			v128.load align=16
			local.set $l20
			local.get $l37
			v128.load offset=16 align=16
			local.set $l21
			local.get $l37
			v128.load offset=32 align=16
			local.set $l22
			local.get $l37
			v128.load offset=48 align=16
			local.set $l23
			local.get $l37
			local.get $ldcBytes
			i32.add
			local.set $l37
			local.get $l37
			v128.load align=16
			local.set $l24
			local.get $l37
			v128.load offset=16 align=16
			local.set $l25
			local.get $l37
			v128.load offset=32 align=16
			local.set $l26
			local.get $l37
			v128.load offset=48 align=16
			local.set $l27
			local.get $l37
			local.get $ldcBytes
			i32.add
			local.set $l37
		end
		i32.const 0
		local.set $l38
		block
			loop
				local.get $l38
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l28
				local.get $pb
				v128.load offset=16 align=16
				local.set $l29
				local.get $pb
				v128.load offset=32 align=16
				local.set $l30
				local.get $pb
				v128.load offset=48 align=16
				local.set $l31
				local.get $l8
				v128.load32_splat align=4
				local.set $l32
				local.get $l12
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l9
				v128.load32_splat align=4
				local.set $l32
				local.get $l16
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat align=4
				local.set $l32
				local.get $l20
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l11
				v128.load32_splat align=4
				local.set $l32
				local.get $l24
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l26
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $pb
				v128.load offset=64 align=16
				local.set $l28
				local.get $pb
				v128.load offset=80 align=16
				local.set $l29
				local.get $pb
				v128.load offset=96 align=16
				local.set $l30
				local.get $pb
				v128.load offset=112 align=16
				local.set $l31
				local.get $l8
				v128.load32_splat offset=4 align=4
				local.set $l32
				local.get $l12
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l9
				v128.load32_splat offset=4 align=4
				local.set $l32
				local.get $l16
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat offset=4 align=4
				local.set $l32
				local.get $l20
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l11
				v128.load32_splat offset=4 align=4
				local.set $l32
				local.get $l24
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l26
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $pb
				v128.load offset=128 align=16
				local.set $l28
				local.get $pb
				v128.load offset=144 align=16
				local.set $l29
				local.get $pb
				v128.load offset=160 align=16
				local.set $l30
				local.get $pb
				v128.load offset=176 align=16
				local.set $l31
				local.get $l8
				v128.load32_splat offset=8 align=4
				local.set $l32
				local.get $l12
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l9
				v128.load32_splat offset=8 align=4
				local.set $l32
				local.get $l16
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat offset=8 align=4
				local.set $l32
				local.get $l20
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l11
				v128.load32_splat offset=8 align=4
				local.set $l32
				local.get $l24
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l26
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $pb
				v128.load offset=192 align=16
				local.set $l28
				local.get $pb
				v128.load offset=208 align=16
				local.set $l29
				local.get $pb
				v128.load offset=224 align=16
				local.set $l30
				local.get $pb
				v128.load offset=240 align=16
				local.set $l31
				local.get $l8
				v128.load32_splat offset=12 align=4
				local.set $l32
				local.get $l12
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l9
				v128.load32_splat offset=12 align=4
				local.set $l32
				local.get $l16
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat offset=12 align=4
				local.set $l32
				local.get $l20
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l11
				v128.load32_splat offset=12 align=4
				local.set $l32
				local.get $l24
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l26
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l8
				i32.const 16
				i32.add
				local.set $l8
				local.get $l9
				i32.const 16
				i32.add
				local.set $l9
				local.get $l10
				i32.const 16
				i32.add
				local.set $l10
				local.get $l11
				i32.const 16
				i32.add
				local.set $l11
				local.get $pb
				i32.const 256
				i32.add
				local.set $pb
				local.get $l38
				i32.const 4
				i32.add
				local.set $l38
				br 0
			end
		end
		local.get $l38
		local.set $l38
		block
			loop
				local.get $l38
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l28
				local.get $pb
				v128.load offset=16 align=16
				local.set $l29
				local.get $pb
				v128.load offset=32 align=16
				local.set $l30
				local.get $pb
				v128.load offset=48 align=16
				local.set $l31
				local.get $l8
				v128.load32_splat align=4
				local.set $l32
				local.get $l12
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l9
				v128.load32_splat align=4
				local.set $l32
				local.get $l16
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat align=4
				local.set $l32
				local.get $l20
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l11
				v128.load32_splat align=4
				local.set $l32
				local.get $l24
				local.get $l32
				local.get $l28
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l32
				local.get $l29
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l26
				local.get $l32
				local.get $l30
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l32
				local.get $l31
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l8
				i32.const 4
				i32.add
				local.set $l8
				local.get $l9
				i32.const 4
				i32.add
				local.set $l9
				local.get $l10
				i32.const 4
				i32.add
				local.set $l10
				local.get $l11
				i32.const 4
				i32.add
				local.set $l11
				local.get $pb
				i32.const 64
				i32.add
				local.set $pb
				local.get $l38
				i32.const 1
				i32.add
				local.set $l38
				br 0
			end
		end
		local.get $c
		local.set $l37
		local.get $l37
		local.get $l12
		v128.store align=16
		local.get $l37
		local.get $l13
		v128.store offset=16 align=16
		local.get $l37
		local.get $l14
		v128.store offset=32 align=16
		local.get $l37
		local.get $l15
		v128.store offset=48 align=16
		local.get $l37
		local.get $ldcBytes
		i32.add
		local.set $l37
		local.get $l37
		local.get $l16
		v128.store align=16
		local.get $l37
		local.get $l17
		v128.store offset=16 align=16
		local.get $l37
		local.get $l18
		v128.store offset=32 align=16
		local.get $l37
		local.get $l19
		v128.store offset=48 align=16
		local.get $l37
		local.get $ldcBytes
		i32.add
		local.set $l37
		local.get $l37
		local.get $l20
		v128.store align=16
		local.get $l37
		local.get $l21
		v128.store offset=16 align=16
		local.get $l37
		local.get $l22
		v128.store offset=32 align=16
		local.get $l37
		local.get $l23
		v128.store offset=48 align=16
		local.get $l37
		local.get $ldcBytes
		i32.add
		local.set $l37
		local.get $l37
		local.get $l24
		v128.store align=16
		local.get $l37
		local.get $l25
		v128.store offset=16 align=16
		local.get $l37
		local.get $l26
		v128.store offset=32 align=16
		local.get $l37
		local.get $l27
		v128.store offset=48 align=16
		local.get $l37
		local.get $ldcBytes
		i32.add
		local.set $l37
  )

  (func $micro_cm_4x16 (param $pa i32) (param $ldaBytes i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 i32)
    (local $l33 i32)
		local.get $load
		if
			local.get $c
			local.set $l32
			local.get $l32
			v128.load align=16
			local.set $l7
			local.get $l32
			v128.load offset=16 align=16
			local.set $l8
			local.get $l32
			v128.load offset=32 align=16
			local.set $l9
			local.get $l32
			v128.load offset=48 align=16
			local.set $l10
			local.get $l32
			local.get $ldcBytes
			i32.add
			local.set $l32
			local.get $l32
			v128.load align=16
			local.set $l11
			local.get $l32
			v128.load offset=16 align=16
			local.set $l12
			local.get $l32
			v128.load offset=32 align=16
			local.set $l13
			local.get $l32
			v128.load offset=48 align=16
			local.set $l14
			local.get $l32
			local.get $ldcBytes
			i32.add
			local.set $l32
			local.get $l32
			v128.load align=16
			local.set $l15
			local.get $l32
			v128.load offset=16 align=16
			local.set $l16
			local.get $l32
			v128.load offset=32 align=16
			local.set $l17
			local.get $l32
			v128.load offset=48 align=16
			local.set $l18
			local.get $l32
			local.get $ldcBytes
			i32.add
			local.set $l32
			local.get $l32
			v128.load align=16
			local.set $l19
			local.get $l32
			v128.load offset=16 align=16
			local.set $l20
			local.get $l32
			v128.load offset=32 align=16
			local.set $l21
			local.get $l32
			v128.load offset=48 align=16
			local.set $l22
			local.get $l32
			local.get $ldcBytes
			i32.add
			local.set $l32
		end
		i32.const 0
		local.set $l33
		block
			loop
				local.get $l33
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l23
				local.get $pb
				v128.load offset=16 align=16
				local.set $l24
				local.get $pb
				v128.load offset=32 align=16
				local.set $l25
				local.get $pb
				v128.load offset=48 align=16
				local.set $l26
				local.get $pa
				v128.load32_splat align=4
				local.set $l27
				local.get $l7
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l27
				local.get $l11
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l27
				local.get $l15
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l27
				local.get $l19
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=64 align=16
				local.set $l23
				local.get $pb
				v128.load offset=80 align=16
				local.set $l24
				local.get $pb
				v128.load offset=96 align=16
				local.set $l25
				local.get $pb
				v128.load offset=112 align=16
				local.set $l26
				local.get $pa
				v128.load32_splat align=4
				local.set $l27
				local.get $l7
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l27
				local.get $l11
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l27
				local.get $l15
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l27
				local.get $l19
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=128 align=16
				local.set $l23
				local.get $pb
				v128.load offset=144 align=16
				local.set $l24
				local.get $pb
				v128.load offset=160 align=16
				local.set $l25
				local.get $pb
				v128.load offset=176 align=16
				local.set $l26
				local.get $pa
				v128.load32_splat align=4
				local.set $l27
				local.get $l7
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l27
				local.get $l11
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l27
				local.get $l15
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l27
				local.get $l19
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=192 align=16
				local.set $l23
				local.get $pb
				v128.load offset=208 align=16
				local.set $l24
				local.get $pb
				v128.load offset=224 align=16
				local.set $l25
				local.get $pb
				v128.load offset=240 align=16
				local.set $l26
				local.get $pa
				v128.load32_splat align=4
				local.set $l27
				local.get $l7
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l27
				local.get $l11
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l27
				local.get $l15
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l27
				local.get $l19
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 256
				i32.add
				local.set $pb
				local.get $l33
				i32.const 4
				i32.add
				local.set $l33
				br 0
			end
		end
		local.get $l33
		local.set $l33
		block
			loop
				local.get $l33
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l23
				local.get $pb
				v128.load offset=16 align=16
				local.set $l24
				local.get $pb
				v128.load offset=32 align=16
				local.set $l25
				local.get $pb
				v128.load offset=48 align=16
				local.set $l26
				local.get $pa
				v128.load32_splat align=4
				local.set $l27
				local.get $l7
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l27
				local.get $l11
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l27
				local.get $l15
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l27
				local.get $l19
				local.get $l27
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l27
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l27
				local.get $l25
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l27
				local.get $l26
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 64
				i32.add
				local.set $pb
				local.get $l33
				i32.const 1
				i32.add
				local.set $l33
				br 0
			end
		end
		local.get $c
		local.set $l32
		local.get $l32
		local.get $l7
		v128.store align=16
		local.get $l32
		local.get $l8
		v128.store offset=16 align=16
		local.get $l32
		local.get $l9
		v128.store offset=32 align=16
		local.get $l32
		local.get $l10
		v128.store offset=48 align=16
		local.get $l32
		local.get $ldcBytes
		i32.add
		local.set $l32
		local.get $l32
		local.get $l11
		v128.store align=16
		local.get $l32
		local.get $l12
		v128.store offset=16 align=16
		local.get $l32
		local.get $l13
		v128.store offset=32 align=16
		local.get $l32
		local.get $l14
		v128.store offset=48 align=16
		local.get $l32
		local.get $ldcBytes
		i32.add
		local.set $l32
		local.get $l32
		local.get $l15
		v128.store align=16
		local.get $l32
		local.get $l16
		v128.store offset=16 align=16
		local.get $l32
		local.get $l17
		v128.store offset=32 align=16
		local.get $l32
		local.get $l18
		v128.store offset=48 align=16
		local.get $l32
		local.get $ldcBytes
		i32.add
		local.set $l32
		local.get $l32
		local.get $l19
		v128.store align=16
		local.get $l32
		local.get $l20
		v128.store offset=16 align=16
		local.get $l32
		local.get $l21
		v128.store offset=32 align=16
		local.get $l32
		local.get $l22
		v128.store offset=48 align=16
		local.get $l32
		local.get $ldcBytes
		i32.add
		local.set $l32
  )

  (func $gemm_4x16 (export "gemm_4x16") (param $pa i32) (param $pb i32) (param $c i32) (param $M i32) (param $N i32) (param $K i32) (param $ldc i32) (param $accumulate i32) (param $scratch i32) (param $count i32) (param $strideA i32) (param $strideB i32) (param $strideC i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32) (param $lda i32) (param $group i32) (param $ldat i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 i32)
    (local $l51 i32)
    (local $l52 v128)
    (local $l53 f32)
    (local $l54 i32)
		local.get $M
		i32.const 4
		i32.add
		i32.const 1
		i32.sub
		i32.const 4
		i32.div_s
		local.set $l26
		local.get $N
		i32.const 16
		i32.add
		i32.const 1
		i32.sub
		i32.const 16
		i32.div_s
		local.set $l27
		local.get $l26
		i32.const 32
		i32.add
		i32.const 1
		i32.sub
		i32.const 32
		i32.div_s
		local.set $l28
		local.get $group
		i32.const 1
		local.get $group
		i32.const 0
		i32.gt_s
		select
		local.set $l43
		local.get $l27
		local.get $l43
		i32.add
		i32.const 1
		i32.sub
		local.get $l43
		i32.div_s
		local.set $l44
		local.get $l28
		local.get $l44
		i32.mul
		local.set $l24
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l47
				local.get $l47
				local.get $count
				local.get $l24
				i32.mul
				i32.ge_s
				br_if 1
				local.get $l47
				local.get $l24
				i32.div_s
				local.set $l25
				local.get $pa
				local.get $l25
				local.get $strideA
				i32.mul
				i32.add
				local.set $l21
				local.get $pb
				local.get $l25
				local.get $strideB
				i32.mul
				i32.add
				local.set $l22
				local.get $c
				local.get $l25
				local.get $strideC
				i32.mul
				i32.add
				local.set $l23
				local.get $res
				local.get $c
				i32.sub
				local.set $l20
				local.get $l47
				local.get $l24
				i32.rem_s
				local.set $l47
				local.get $l47
				local.get $l44
				i32.rem_s
				local.get $l43
				i32.mul
				local.set $l45
				local.get $l47
				local.get $l44
				i32.div_s
				i32.const 32
				i32.mul
				local.set $l29
				local.get $l29
				i32.const 32
				i32.add
				local.get $l26
				local.get $l29
				i32.const 32
				i32.add
				local.get $l26
				i32.lt_s
				select
				local.set $l30
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				i32.lt_s
				select
				local.set $l46
				i32.const 0
				local.set $l34
				block
					loop
						local.get $l34
						local.get $K
						i32.ge_s
						br_if 1
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.lt_s
						select
						local.set $l35
						local.get $accumulate
						local.get $l34
						i32.const 0
						i32.gt_s
						i32.or
						local.set $l36
						local.get $l45
						local.set $l31
						block
							loop
								local.get $l31
								local.get $l46
								i32.ge_s
								br_if 1
								i32.const 16
								local.get $N
								local.get $l31
								i32.const 16
								i32.mul
								i32.sub
								i32.const 16
								local.get $N
								local.get $l31
								i32.const 16
								i32.mul
								i32.sub
								i32.lt_s
								select
								local.set $l32
								local.get $l22
								local.get $l31
								local.get $K
								i32.mul
								i32.const 16
								i32.mul
								local.get $l34
								i32.const 16
								i32.mul
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l39
								local.get $l29
								local.set $l37
								block
									loop
										local.get $l37
										local.get $l30
										i32.ge_s
										br_if 1
										i32.const 4
										local.get $M
										local.get $l37
										i32.const 4
										i32.mul
										i32.sub
										i32.const 4
										local.get $M
										local.get $l37
										i32.const 4
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l33
										local.get $lda
										if
											local.get $l21
											local.get $l37
											i32.const 4
											i32.mul
											local.get $lda
											i32.mul
											local.get $l34
											i32.add
											i32.const 2
											i32.shl
											i32.add
											local.set $l38
											else
											local.get $ldat
											if
												local.get $l21
												local.get $l34
												local.get $ldat
												i32.mul
												local.get $l37
												i32.const 4
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
												else
												local.get $l21
												local.get $l37
												local.get $K
												i32.mul
												i32.const 4
												i32.mul
												local.get $l34
												i32.const 4
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
											end
										end
										local.get $l23
										local.get $l37
										i32.const 4
										i32.mul
										local.get $ldc
										i32.mul
										local.get $l31
										i32.const 16
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l40
										local.get $l33
										i32.const 4
										i32.eq
										local.get $l32
										i32.const 16
										i32.eq
										i32.and
										if
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $l40
												local.get $ldc
												i32.const 2
												i32.shl
												local.get $l36
												call $micro_rm_4x16
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_cm_4x16
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_4x16
												end
											end
											else
											local.get $l36
											if
												i32.const 0
												local.set $l41
												block
													loop
														local.get $l41
														local.get $l33
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l42
														block
															loop
																local.get $l42
																local.get $l32
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l41
																i32.const 16
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l40
																local.get $l41
																local.get $ldc
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l42
																i32.const 1
																i32.add
																local.set $l42
																br 0
															end
														end
														local.get $l41
														i32.const 1
														i32.add
														local.set $l41
														br 0
													end
												end
											end
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $scratch
												i32.const 64
												local.get $l36
												call $micro_rm_4x16
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 64
													local.get $l36
													call $micro_cm_4x16
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 64
													local.get $l36
													call $micro_4x16
												end
											end
											i32.const 0
											local.set $l41
											block
												loop
													local.get $l41
													local.get $l33
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l42
													block
														loop
															local.get $l42
															local.get $l32
															i32.ge_s
															br_if 1
															local.get $l40
															local.get $l41
															local.get $ldc
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l41
															i32.const 16
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l42
															i32.const 1
															i32.add
															local.set $l42
															br 0
														end
													end
													local.get $l41
													i32.const 1
													i32.add
													local.set $l41
													br 0
												end
											end
										end
										local.get $l37
										i32.const 1
										i32.add
										local.set $l37
										br 0
									end
								end
								local.get $l31
								i32.const 1
								i32.add
								local.set $l31
								br 0
							end
						end
						local.get $l34
						i32.const 256
						i32.add
						local.set $l34
						br 0
					end
				end
				local.get $scale
				if
					local.get $l45
					local.set $l31
					block
						loop
							local.get $l31
							local.get $l46
							i32.ge_s
							br_if 1
							i32.const 16
							local.get $N
							local.get $l31
							i32.const 16
							i32.mul
							i32.sub
							i32.const 16
							local.get $N
							local.get $l31
							i32.const 16
							i32.mul
							i32.sub
							i32.lt_s
							select
							local.set $l32
							local.get $scale
							local.get $l31
							i32.const 16
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l50
							local.get $shift
							local.get $l31
							i32.const 16
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l51
							i32.const 0
							local.set $l48
							block
								loop
									local.get $l48
									local.get $l30
									i32.const 4
									i32.mul
									local.get $M
									local.get $l30
									i32.const 4
									i32.mul
									local.get $M
									i32.lt_s
									select
									local.get $l29
									i32.const 4
									i32.mul
									i32.sub
									i32.ge_s
									br_if 1
									local.get $l23
									local.get $l29
									i32.const 4
									i32.mul
									local.get $ldc
									i32.mul
									local.get $l31
									i32.const 16
									i32.mul
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l48
									local.get $ldc
									i32.mul
									i32.const 2
									i32.shl
									i32.add
									local.set $l49
									i32.const 0
									local.set $l54
									block
										loop
											local.get $l54
											i32.const 4
											i32.add
											local.get $l32
											i32.gt_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											local.set $l52
											local.get $l52
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l52
											local.get $res
											if
												local.get $l52
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l52
											end
											local.get $relu
											if
												local.get $l52
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l52
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l52
											v128.store align=16
											local.get $l54
											i32.const 4
											i32.add
											local.set $l54
											br 0
										end
									end
									block
										loop
											local.get $l54
											local.get $l32
											i32.ge_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											local.set $l53
											local.get $l53
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.add
											local.set $l53
											local.get $res
											if
												local.get $l53
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												f32.load align=4
												f32.add
												local.set $l53
											end
											local.get $relu
											if
												local.get $l53
												f32.const 0
												f32.max
												local.set $l53
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l53
											f32.store align=4
											local.get $l54
											i32.const 1
											i32.add
											local.set $l54
											br 0
										end
									end
									local.get $l48
									i32.const 1
									i32.add
									local.set $l48
									br 0
								end
							end
							local.get $l31
							i32.const 1
							i32.add
							local.set $l31
							br 0
						end
					end
				end
				br 0
			end
		end
  )

  (func $micro_8x8 (param $pa i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l6 v128)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 i32)
    (local $l34 i32)
		local.get $load
		if
			local.get $c
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l6
			local.get $l33
			v128.load offset=16 align=16
			local.set $l7
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l8
			local.get $l33
			v128.load offset=16 align=16
			local.set $l9
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l10
			local.get $l33
			v128.load offset=16 align=16
			local.set $l11
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l12
			local.get $l33
			v128.load offset=16 align=16
			local.set $l13
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l14
			local.get $l33
			v128.load offset=16 align=16
			local.set $l15
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l16
			local.get $l33
			v128.load offset=16 align=16
			local.set $l17
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l18
			local.get $l33
			v128.load offset=16 align=16
			local.set $l19
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
			local.get $l33
			v128.load align=16
			local.set $l20
			local.get $l33
			v128.load offset=16 align=16
			local.set $l21
			local.get $l33
			local.get $ldcBytes
			i32.add
			local.set $l33
		end
		i32.const 0
		local.set $l34
		block
			loop
				local.get $l34
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l22
				local.get $pb
				v128.load offset=16 align=16
				local.set $l23
				local.get $pa
				v128.load32_splat align=4
				local.set $l24
				local.get $l6
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l24
				local.get $l8
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l24
				local.get $l10
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l24
				local.get $l12
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l24
				local.get $l14
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l24
				local.get $l16
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l24
				local.get $l18
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l24
				local.get $l20
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pb
				v128.load offset=32 align=16
				local.set $l22
				local.get $pb
				v128.load offset=48 align=16
				local.set $l23
				local.get $pa
				v128.load32_splat offset=32 align=4
				local.set $l24
				local.get $l6
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=36 align=4
				local.set $l24
				local.get $l8
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=40 align=4
				local.set $l24
				local.get $l10
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=44 align=4
				local.set $l24
				local.get $l12
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=48 align=4
				local.set $l24
				local.get $l14
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pa
				v128.load32_splat offset=52 align=4
				local.set $l24
				local.get $l16
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=56 align=4
				local.set $l24
				local.get $l18
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pa
				v128.load32_splat offset=60 align=4
				local.set $l24
				local.get $l20
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pb
				v128.load offset=64 align=16
				local.set $l22
				local.get $pb
				v128.load offset=80 align=16
				local.set $l23
				local.get $pa
				v128.load32_splat offset=64 align=4
				local.set $l24
				local.get $l6
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=68 align=4
				local.set $l24
				local.get $l8
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=72 align=4
				local.set $l24
				local.get $l10
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=76 align=4
				local.set $l24
				local.get $l12
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=80 align=4
				local.set $l24
				local.get $l14
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pa
				v128.load32_splat offset=84 align=4
				local.set $l24
				local.get $l16
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=88 align=4
				local.set $l24
				local.get $l18
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pa
				v128.load32_splat offset=92 align=4
				local.set $l24
				local.get $l20
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pb
				v128.load offset=96 align=16
				local.set $l22
				local.get $pb
				v128.load offset=112 align=16
				local.set $l23
				local.get $pa
				v128.load32_splat offset=96 align=4
				local.set $l24
				local.get $l6
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=100 align=4
				local.set $l24
				local.get $l8
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=104 align=4
				local.set $l24
				local.get $l10
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=108 align=4
				local.set $l24
				local.get $l12
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=112 align=4
				local.set $l24
				local.get $l14
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pa
				v128.load32_splat offset=116 align=4
				local.set $l24
				local.get $l16
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=120 align=4
				local.set $l24
				local.get $l18
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pa
				v128.load32_splat offset=124 align=4
				local.set $l24
				local.get $l20
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pa
				i32.const 128
				i32.add
				local.set $pa
				local.get $pb
				i32.const 128
				i32.add
				local.set $pb
				local.get $l34
				i32.const 4
				i32.add
				local.set $l34
				br 0
			end
		end
		local.get $l34
		local.set $l34
		block
			loop
				local.get $l34
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l22
				local.get $pb
				v128.load offset=16 align=16
				local.set $l23
				local.get $pa
				v128.load32_splat align=4
				local.set $l24
				local.get $l6
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l6
				local.get $l7
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l24
				local.get $l8
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $l9
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l24
				local.get $l10
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $l11
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l24
				local.get $l12
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $l13
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l24
				local.get $l14
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $l15
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l24
				local.get $l16
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l24
				local.get $l18
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l24
				local.get $l20
				local.get $l24
				local.get $l22
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l24
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $pa
				i32.const 32
				i32.add
				local.set $pa
				local.get $pb
				i32.const 32
				i32.add
				local.set $pb
				local.get $l34
				i32.const 1
				i32.add
				local.set $l34
				br 0
			end
		end
		local.get $c
		local.set $l33
		local.get $l33
		local.get $l6
		v128.store align=16
		local.get $l33
		local.get $l7
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l8
		v128.store align=16
		local.get $l33
		local.get $l9
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l10
		v128.store align=16
		local.get $l33
		local.get $l11
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l12
		v128.store align=16
		local.get $l33
		local.get $l13
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l14
		v128.store align=16
		local.get $l33
		local.get $l15
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l16
		v128.store align=16
		local.get $l33
		local.get $l17
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l18
		v128.store align=16
		local.get $l33
		local.get $l19
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
		local.get $l33
		local.get $l20
		v128.store align=16
		local.get $l33
		local.get $l21
		v128.store offset=16 align=16
		local.get $l33
		local.get $ldcBytes
		i32.add
		local.set $l33
  )

  (func $micro_rm_8x8 (param $pa i32) (param $ldaBytes i32) (param $rows i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 i32)
    (local $l44 i32)
		local.get $pa
		local.get $ldaBytes
		i32.const 0
		i32.mul
		i32.add
		local.get $pa
		i32.const 0
		local.get $rows
		i32.lt_s
		select
		local.set $l8
		local.get $pa
		local.get $ldaBytes
		i32.const 1
		i32.mul
		i32.add
		local.get $pa
		i32.const 1
		local.get $rows
		i32.lt_s
		select
		local.set $l9
		local.get $pa
		local.get $ldaBytes
		i32.const 2
		i32.mul
		i32.add
		local.get $pa
		i32.const 2
		local.get $rows
		i32.lt_s
		select
		local.set $l10
		local.get $pa
		local.get $ldaBytes
		i32.const 3
		i32.mul
		i32.add
		local.get $pa
		i32.const 3
		local.get $rows
		i32.lt_s
		select
		local.set $l11
		local.get $pa
		local.get $ldaBytes
		i32.const 4
		i32.mul
		i32.add
		local.get $pa
		i32.const 4
		local.get $rows
		i32.lt_s
		select
		local.set $l12
		local.get $pa
		local.get $ldaBytes
		i32.const 5
		i32.mul
		i32.add
		local.get $pa
		i32.const 5
		local.get $rows
		i32.lt_s
		select
		local.set $l13
		local.get $pa
		local.get $ldaBytes
		i32.const 6
		i32.mul
		i32.add
		local.get $pa
		i32.const 6
		local.get $rows
		i32.lt_s
		select
		local.set $l14
		local.get $pa
		local.get $ldaBytes
		i32.const 7
		i32.mul
		i32.add
		local.get $pa
		i32.const 7
		local.get $rows
		i32.lt_s
		select
		local.set $l15
		local.get $load
		if
			local.get $c
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l16
			local.get $l43
			v128.load offset=16 align=16
			local.set $l17
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l18
			local.get $l43
			v128.load offset=16 align=16
			local.set $l19
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l20
			local.get $l43
			v128.load offset=16 align=16
			local.set $l21
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l22
			local.get $l43
			v128.load offset=16 align=16
			local.set $l23
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l24
			local.get $l43
			v128.load offset=16 align=16
			local.set $l25
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l26
			local.get $l43
			v128.load offset=16 align=16
			local.set $l27
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l28
			local.get $l43
			v128.load offset=16 align=16
			local.set $l29
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
			local.get $l43
			v128.load align=16
			local.set $l30
			local.get $l43
			v128.load offset=16 align=16
			local.set $l31
			local.get $l43
			local.get $ldcBytes
			i32.add
			local.set $l43
		end
		i32.const 0
		local.set $l44
		block
			loop
				local.get $l44
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l32
				local.get $pb
				v128.load offset=16 align=16
				local.set $l33
				local.get $l8
				v128.load32_splat align=4
				local.set $l34
				local.get $l16
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l9
				v128.load32_splat align=4
				local.set $l34
				local.get $l18
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat align=4
				local.set $l34
				local.get $l20
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l11
				v128.load32_splat align=4
				local.set $l34
				local.get $l22
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l12
				v128.load32_splat align=4
				local.set $l34
				local.get $l24
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l13
				v128.load32_splat align=4
				local.set $l34
				local.get $l26
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l14
				v128.load32_splat align=4
				local.set $l34
				local.get $l28
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l28
				local.get $l29
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l29
				local.get $l15
				v128.load32_splat align=4
				local.set $l34
				local.get $l30
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l30
				local.get $l31
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l31
				local.get $pb
				v128.load offset=32 align=16
				local.set $l32
				local.get $pb
				v128.load offset=48 align=16
				local.set $l33
				local.get $l8
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l16
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l9
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l18
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l20
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l11
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l22
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l12
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l24
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l13
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l26
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l14
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l28
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l28
				local.get $l29
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l29
				local.get $l15
				v128.load32_splat offset=4 align=4
				local.set $l34
				local.get $l30
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l30
				local.get $l31
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l31
				local.get $pb
				v128.load offset=64 align=16
				local.set $l32
				local.get $pb
				v128.load offset=80 align=16
				local.set $l33
				local.get $l8
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l16
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l9
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l18
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l20
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l11
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l22
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l12
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l24
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l13
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l26
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l14
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l28
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l28
				local.get $l29
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l29
				local.get $l15
				v128.load32_splat offset=8 align=4
				local.set $l34
				local.get $l30
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l30
				local.get $l31
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l31
				local.get $pb
				v128.load offset=96 align=16
				local.set $l32
				local.get $pb
				v128.load offset=112 align=16
				local.set $l33
				local.get $l8
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l16
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l9
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l18
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l20
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l11
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l22
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l12
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l24
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l13
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l26
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l14
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l28
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l28
				local.get $l29
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l29
				local.get $l15
				v128.load32_splat offset=12 align=4
				local.set $l34
				local.get $l30
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l30
				local.get $l31
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l31
				local.get $l8
				i32.const 16
				i32.add
				local.set $l8
				local.get $l9
				i32.const 16
				i32.add
				local.set $l9
				local.get $l10
				i32.const 16
				i32.add
				local.set $l10
				local.get $l11
				i32.const 16
				i32.add
				local.set $l11
				local.get $l12
				i32.const 16
				i32.add
				local.set $l12
				local.get $l13
				i32.const 16
				i32.add
				local.set $l13
				local.get $l14
				i32.const 16
				i32.add
				local.set $l14
				local.get $l15
				i32.const 16
				i32.add
				local.set $l15
				local.get $pb
				i32.const 128
				i32.add
				local.set $pb
				local.get $l44
				i32.const 4
				i32.add
				local.set $l44
				br 0
			end
		end
		local.get $l44
		local.set $l44
		block
			loop
				local.get $l44
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l32
				local.get $pb
				v128.load offset=16 align=16
				local.set $l33
				local.get $l8
				v128.load32_splat align=4
				local.set $l34
				local.get $l16
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $l17
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l9
				v128.load32_splat align=4
				local.set $l34
				local.get $l18
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $l19
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l10
				v128.load32_splat align=4
				local.set $l34
				local.get $l20
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $l21
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l11
				v128.load32_splat align=4
				local.set $l34
				local.get $l22
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $l23
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l23
				local.get $l12
				v128.load32_splat align=4
				local.set $l34
				local.get $l24
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l24
				local.get $l25
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l25
				local.get $l13
				v128.load32_splat align=4
				local.set $l34
				local.get $l26
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l26
				local.get $l27
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l27
				local.get $l14
				v128.load32_splat align=4
				local.set $l34
				local.get $l28
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l28
				local.get $l29
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l29
				local.get $l15
				v128.load32_splat align=4
				local.set $l34
				local.get $l30
				local.get $l34
				local.get $l32
				f32x4.mul
				f32x4.add
				local.set $l30
				local.get $l31
				local.get $l34
				local.get $l33
				f32x4.mul
				f32x4.add
				local.set $l31
				local.get $l8
				i32.const 4
				i32.add
				local.set $l8
				local.get $l9
				i32.const 4
				i32.add
				local.set $l9
				local.get $l10
				i32.const 4
				i32.add
				local.set $l10
				local.get $l11
				i32.const 4
				i32.add
				local.set $l11
				local.get $l12
				i32.const 4
				i32.add
				local.set $l12
				local.get $l13
				i32.const 4
				i32.add
				local.set $l13
				local.get $l14
				i32.const 4
				i32.add
				local.set $l14
				local.get $l15
				i32.const 4
				i32.add
				local.set $l15
				local.get $pb
				i32.const 32
				i32.add
				local.set $pb
				local.get $l44
				i32.const 1
				i32.add
				local.set $l44
				br 0
			end
		end
		local.get $c
		local.set $l43
		local.get $l43
		local.get $l16
		v128.store align=16
		local.get $l43
		local.get $l17
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l18
		v128.store align=16
		local.get $l43
		local.get $l19
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l20
		v128.store align=16
		local.get $l43
		local.get $l21
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l22
		v128.store align=16
		local.get $l43
		local.get $l23
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l24
		v128.store align=16
		local.get $l43
		local.get $l25
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l26
		v128.store align=16
		local.get $l43
		local.get $l27
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l28
		v128.store align=16
		local.get $l43
		local.get $l29
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
		local.get $l43
		local.get $l30
		v128.store align=16
		local.get $l43
		local.get $l31
		v128.store offset=16 align=16
		local.get $l43
		local.get $ldcBytes
		i32.add
		local.set $l43
  )

  (func $micro_cm_8x8 (param $pa i32) (param $ldaBytes i32) (param $pb i32) (param $kc i32) (param $c i32) (param $ldcBytes i32) (param $load i32)
    (local $l7 v128)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 i32)
    (local $l35 i32)
		local.get $load
		if
			local.get $c
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l7
			local.get $l34
			v128.load offset=16 align=16
			local.set $l8
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l9
			local.get $l34
			v128.load offset=16 align=16
			local.set $l10
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l11
			local.get $l34
			v128.load offset=16 align=16
			local.set $l12
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l13
			local.get $l34
			v128.load offset=16 align=16
			local.set $l14
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l15
			local.get $l34
			v128.load offset=16 align=16
			local.set $l16
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l17
			local.get $l34
			v128.load offset=16 align=16
			local.set $l18
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l19
			local.get $l34
			v128.load offset=16 align=16
			local.set $l20
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
			local.get $l34
			v128.load align=16
			local.set $l21
			local.get $l34
			v128.load offset=16 align=16
			local.set $l22
			local.get $l34
			local.get $ldcBytes
			i32.add
			local.set $l34
		end
		i32.const 0
		local.set $l35
		block
			loop
				local.get $l35
				i32.const 4
				i32.add
				local.get $kc
				i32.gt_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l23
				local.get $pb
				v128.load offset=16 align=16
				local.set $l24
				local.get $pa
				v128.load32_splat align=4
				local.set $l25
				local.get $l7
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l25
				local.get $l9
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l25
				local.get $l11
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l25
				local.get $l13
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l25
				local.get $l15
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l25
				local.get $l17
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l25
				local.get $l19
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l25
				local.get $l21
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=32 align=16
				local.set $l23
				local.get $pb
				v128.load offset=48 align=16
				local.set $l24
				local.get $pa
				v128.load32_splat align=4
				local.set $l25
				local.get $l7
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l25
				local.get $l9
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l25
				local.get $l11
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l25
				local.get $l13
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l25
				local.get $l15
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l25
				local.get $l17
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l25
				local.get $l19
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l25
				local.get $l21
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=64 align=16
				local.set $l23
				local.get $pb
				v128.load offset=80 align=16
				local.set $l24
				local.get $pa
				v128.load32_splat align=4
				local.set $l25
				local.get $l7
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l25
				local.get $l9
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l25
				local.get $l11
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l25
				local.get $l13
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l25
				local.get $l15
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l25
				local.get $l17
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l25
				local.get $l19
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l25
				local.get $l21
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				v128.load offset=96 align=16
				local.set $l23
				local.get $pb
				v128.load offset=112 align=16
				local.set $l24
				local.get $pa
				v128.load32_splat align=4
				local.set $l25
				local.get $l7
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l25
				local.get $l9
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l25
				local.get $l11
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l25
				local.get $l13
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l25
				local.get $l15
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l25
				local.get $l17
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l25
				local.get $l19
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l25
				local.get $l21
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 128
				i32.add
				local.set $pb
				local.get $l35
				i32.const 4
				i32.add
				local.set $l35
				br 0
			end
		end
		local.get $l35
		local.set $l35
		block
			loop
				local.get $l35
				local.get $kc
				i32.ge_s
				br_if 1
				local.get $pb
				v128.load align=16
				local.set $l23
				local.get $pb
				v128.load offset=16 align=16
				local.set $l24
				local.get $pa
				v128.load32_splat align=4
				local.set $l25
				local.get $l7
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l7
				local.get $l8
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l8
				local.get $pa
				v128.load32_splat offset=4 align=4
				local.set $l25
				local.get $l9
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l9
				local.get $l10
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l10
				local.get $pa
				v128.load32_splat offset=8 align=4
				local.set $l25
				local.get $l11
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l11
				local.get $l12
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l12
				local.get $pa
				v128.load32_splat offset=12 align=4
				local.set $l25
				local.get $l13
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l13
				local.get $l14
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l14
				local.get $pa
				v128.load32_splat offset=16 align=4
				local.set $l25
				local.get $l15
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l15
				local.get $l16
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l16
				local.get $pa
				v128.load32_splat offset=20 align=4
				local.set $l25
				local.get $l17
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l17
				local.get $l18
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l18
				local.get $pa
				v128.load32_splat offset=24 align=4
				local.set $l25
				local.get $l19
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l19
				local.get $l20
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l20
				local.get $pa
				v128.load32_splat offset=28 align=4
				local.set $l25
				local.get $l21
				local.get $l25
				local.get $l23
				f32x4.mul
				f32x4.add
				local.set $l21
				local.get $l22
				local.get $l25
				local.get $l24
				f32x4.mul
				f32x4.add
				local.set $l22
				local.get $pa
				local.get $ldaBytes
				i32.add
				local.set $pa
				local.get $pb
				i32.const 32
				i32.add
				local.set $pb
				local.get $l35
				i32.const 1
				i32.add
				local.set $l35
				br 0
			end
		end
		local.get $c
		local.set $l34
		local.get $l34
		local.get $l7
		v128.store align=16
		local.get $l34
		local.get $l8
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l9
		v128.store align=16
		local.get $l34
		local.get $l10
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l11
		v128.store align=16
		local.get $l34
		local.get $l12
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l13
		v128.store align=16
		local.get $l34
		local.get $l14
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l15
		v128.store align=16
		local.get $l34
		local.get $l16
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l17
		v128.store align=16
		local.get $l34
		local.get $l18
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l19
		v128.store align=16
		local.get $l34
		local.get $l20
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
		local.get $l34
		local.get $l21
		v128.store align=16
		local.get $l34
		local.get $l22
		v128.store offset=16 align=16
		local.get $l34
		local.get $ldcBytes
		i32.add
		local.set $l34
  )

  (func $gemm_8x8 (export "gemm_8x8") (param $pa i32) (param $pb i32) (param $c i32) (param $M i32) (param $N i32) (param $K i32) (param $ldc i32) (param $accumulate i32) (param $scratch i32) (param $count i32) (param $strideA i32) (param $strideB i32) (param $strideC i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32) (param $lda i32) (param $group i32) (param $ldat i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 i32)
    (local $l51 i32)
    (local $l52 v128)
    (local $l53 f32)
    (local $l54 i32)
		local.get $M
		i32.const 8
		i32.add
		i32.const 1
		i32.sub
		i32.const 8
		i32.div_s
		local.set $l26
		local.get $N
		i32.const 8
		i32.add
		i32.const 1
		i32.sub
		i32.const 8
		i32.div_s
		local.set $l27
		local.get $l26
		i32.const 16
		i32.add
		i32.const 1
		i32.sub
		i32.const 16
		i32.div_s
		local.set $l28
		local.get $group
		i32.const 1
		local.get $group
		i32.const 0
		i32.gt_s
		select
		local.set $l43
		local.get $l27
		local.get $l43
		i32.add
		i32.const 1
		i32.sub
		local.get $l43
		i32.div_s
		local.set $l44
		local.get $l28
		local.get $l44
		i32.mul
		local.set $l24
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l47
				local.get $l47
				local.get $count
				local.get $l24
				i32.mul
				i32.ge_s
				br_if 1
				local.get $l47
				local.get $l24
				i32.div_s
				local.set $l25
				local.get $pa
				local.get $l25
				local.get $strideA
				i32.mul
				i32.add
				local.set $l21
				local.get $pb
				local.get $l25
				local.get $strideB
				i32.mul
				i32.add
				local.set $l22
				local.get $c
				local.get $l25
				local.get $strideC
				i32.mul
				i32.add
				local.set $l23
				local.get $res
				local.get $c
				i32.sub
				local.set $l20
				local.get $l47
				local.get $l24
				i32.rem_s
				local.set $l47
				local.get $l47
				local.get $l44
				i32.rem_s
				local.get $l43
				i32.mul
				local.set $l45
				local.get $l47
				local.get $l44
				i32.div_s
				i32.const 16
				i32.mul
				local.set $l29
				local.get $l29
				i32.const 16
				i32.add
				local.get $l26
				local.get $l29
				i32.const 16
				i32.add
				local.get $l26
				i32.lt_s
				select
				local.set $l30
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				local.get $l45
				local.get $l43
				i32.add
				local.get $l27
				i32.lt_s
				select
				local.set $l46
				i32.const 0
				local.set $l34
				block
					loop
						local.get $l34
						local.get $K
						i32.ge_s
						br_if 1
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.const 256
						local.get $K
						local.get $l34
						i32.sub
						i32.lt_s
						select
						local.set $l35
						local.get $accumulate
						local.get $l34
						i32.const 0
						i32.gt_s
						i32.or
						local.set $l36
						local.get $l45
						local.set $l31
						block
							loop
								local.get $l31
								local.get $l46
								i32.ge_s
								br_if 1
								i32.const 8
								local.get $N
								local.get $l31
								i32.const 8
								i32.mul
								i32.sub
								i32.const 8
								local.get $N
								local.get $l31
								i32.const 8
								i32.mul
								i32.sub
								i32.lt_s
								select
								local.set $l32
								local.get $l22
								local.get $l31
								local.get $K
								i32.mul
								i32.const 8
								i32.mul
								local.get $l34
								i32.const 8
								i32.mul
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l39
								local.get $l29
								local.set $l37
								block
									loop
										local.get $l37
										local.get $l30
										i32.ge_s
										br_if 1
										i32.const 8
										local.get $M
										local.get $l37
										i32.const 8
										i32.mul
										i32.sub
										i32.const 8
										local.get $M
										local.get $l37
										i32.const 8
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l33
										local.get $lda
										if
											local.get $l21
											local.get $l37
											i32.const 8
											i32.mul
											local.get $lda
											i32.mul
											local.get $l34
											i32.add
											i32.const 2
											i32.shl
											i32.add
											local.set $l38
											else
											local.get $ldat
											if
												local.get $l21
												local.get $l34
												local.get $ldat
												i32.mul
												local.get $l37
												i32.const 8
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
												else
												local.get $l21
												local.get $l37
												local.get $K
												i32.mul
												i32.const 8
												i32.mul
												local.get $l34
												i32.const 8
												i32.mul
												i32.add
												i32.const 2
												i32.shl
												i32.add
												local.set $l38
											end
										end
										local.get $l23
										local.get $l37
										i32.const 8
										i32.mul
										local.get $ldc
										i32.mul
										local.get $l31
										i32.const 8
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l40
										local.get $l33
										i32.const 8
										i32.eq
										local.get $l32
										i32.const 8
										i32.eq
										i32.and
										if
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $l40
												local.get $ldc
												i32.const 2
												i32.shl
												local.get $l36
												call $micro_rm_8x8
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_cm_8x8
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $l40
													local.get $ldc
													i32.const 2
													i32.shl
													local.get $l36
													call $micro_8x8
												end
											end
											else
											local.get $l36
											if
												i32.const 0
												local.set $l41
												block
													loop
														local.get $l41
														local.get $l33
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l42
														block
															loop
																local.get $l42
																local.get $l32
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l41
																i32.const 8
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l40
																local.get $l41
																local.get $ldc
																i32.mul
																local.get $l42
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l42
																i32.const 1
																i32.add
																local.set $l42
																br 0
															end
														end
														local.get $l41
														i32.const 1
														i32.add
														local.set $l41
														br 0
													end
												end
											end
											local.get $lda
											if
												local.get $l38
												local.get $lda
												i32.const 2
												i32.shl
												local.get $l33
												local.get $l39
												local.get $l35
												local.get $scratch
												i32.const 32
												local.get $l36
												call $micro_rm_8x8
												else
												local.get $ldat
												if
													local.get $l38
													local.get $ldat
													i32.const 2
													i32.shl
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 32
													local.get $l36
													call $micro_cm_8x8
													else
													local.get $l38
													local.get $l39
													local.get $l35
													local.get $scratch
													i32.const 32
													local.get $l36
													call $micro_8x8
												end
											end
											i32.const 0
											local.set $l41
											block
												loop
													local.get $l41
													local.get $l33
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l42
													block
														loop
															local.get $l42
															local.get $l32
															i32.ge_s
															br_if 1
															local.get $l40
															local.get $l41
															local.get $ldc
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l41
															i32.const 8
															i32.mul
															local.get $l42
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l42
															i32.const 1
															i32.add
															local.set $l42
															br 0
														end
													end
													local.get $l41
													i32.const 1
													i32.add
													local.set $l41
													br 0
												end
											end
										end
										local.get $l37
										i32.const 1
										i32.add
										local.set $l37
										br 0
									end
								end
								local.get $l31
								i32.const 1
								i32.add
								local.set $l31
								br 0
							end
						end
						local.get $l34
						i32.const 256
						i32.add
						local.set $l34
						br 0
					end
				end
				local.get $scale
				if
					local.get $l45
					local.set $l31
					block
						loop
							local.get $l31
							local.get $l46
							i32.ge_s
							br_if 1
							i32.const 8
							local.get $N
							local.get $l31
							i32.const 8
							i32.mul
							i32.sub
							i32.const 8
							local.get $N
							local.get $l31
							i32.const 8
							i32.mul
							i32.sub
							i32.lt_s
							select
							local.set $l32
							local.get $scale
							local.get $l31
							i32.const 8
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l50
							local.get $shift
							local.get $l31
							i32.const 8
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l51
							i32.const 0
							local.set $l48
							block
								loop
									local.get $l48
									local.get $l30
									i32.const 8
									i32.mul
									local.get $M
									local.get $l30
									i32.const 8
									i32.mul
									local.get $M
									i32.lt_s
									select
									local.get $l29
									i32.const 8
									i32.mul
									i32.sub
									i32.ge_s
									br_if 1
									local.get $l23
									local.get $l29
									i32.const 8
									i32.mul
									local.get $ldc
									i32.mul
									local.get $l31
									i32.const 8
									i32.mul
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l48
									local.get $ldc
									i32.mul
									i32.const 2
									i32.shl
									i32.add
									local.set $l49
									i32.const 0
									local.set $l54
									block
										loop
											local.get $l54
											i32.const 4
											i32.add
											local.get $l32
											i32.gt_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											local.set $l52
											local.get $l52
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l52
											local.get $res
											if
												local.get $l52
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l52
											end
											local.get $relu
											if
												local.get $l52
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l52
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l52
											v128.store align=16
											local.get $l54
											i32.const 4
											i32.add
											local.set $l54
											br 0
										end
									end
									block
										loop
											local.get $l54
											local.get $l32
											i32.ge_s
											br_if 1
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											local.set $l53
											local.get $l53
											local.get $l50
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.mul
											local.get $l51
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.add
											local.set $l53
											local.get $res
											if
												local.get $l53
												local.get $l49
												local.get $l54
												i32.const 2
												i32.shl
												i32.add
												local.get $l20
												i32.add
												f32.load align=4
												f32.add
												local.set $l53
											end
											local.get $relu
											if
												local.get $l53
												f32.const 0
												f32.max
												local.set $l53
											end
											local.get $l49
											local.get $l54
											i32.const 2
											i32.shl
											i32.add
											local.get $l53
											f32.store align=4
											local.get $l54
											i32.const 1
											i32.add
											local.set $l54
											br 0
										end
									end
									local.get $l48
									i32.const 1
									i32.add
									local.set $l48
									br 0
								end
							end
							local.get $l31
							i32.const 1
							i32.add
							local.set $l31
							br 0
						end
					end
				end
				br 0
			end
		end
  )

  (func $pack_a (export "pack_a") (param $src i32) (param $M i32) (param $K i32) (param $rs i32) (param $cs i32) (param $MR i32) (param $dst i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
		local.get $rs
		i32.const 1
		i32.eq
		local.get $M
		local.get $MR
		i32.rem_s
		i32.eqz
		i32.and
		if
			block
				loop
					i32.const 0
					i32.const 1
					i32.atomic.rmw.add align=4
					local.set $l16
					local.get $l16
					local.get $K
					i32.const 64
					i32.add
					i32.const 1
					i32.sub
					i32.const 64
					i32.div_s
					i32.ge_s
					br_if 1
					local.get $l16
					i32.const 64
					i32.mul
					local.set $l14
					local.get $l14
					i32.const 64
					i32.add
					local.get $K
					local.get $l14
					i32.const 64
					i32.add
					local.get $K
					i32.lt_s
					select
					local.set $l15
					i32.const 0
					local.set $l13
					block
						loop
							local.get $l13
							local.get $M
							local.get $MR
							i32.div_s
							i32.ge_s
							br_if 1
							local.get $src
							local.get $l14
							local.get $cs
							i32.mul
							local.get $l13
							local.get $MR
							i32.mul
							i32.add
							i32.const 2
							i32.shl
							i32.add
							local.set $l11
							local.get $dst
							local.get $l13
							local.get $K
							i32.mul
							local.get $l14
							i32.add
							local.get $MR
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l12
							local.get $MR
							i32.const 2
							i32.eq
							if
								local.get $l14
								local.set $l10
								block
									loop
										local.get $l10
										local.get $l15
										i32.ge_s
										br_if 1
										local.get $l12
										local.get $l11
										v128.load64_zero align=8
										v128.store64_lane align=8 0
										local.get $l11
										local.get $cs
										i32.const 2
										i32.shl
										i32.add
										local.set $l11
										local.get $l12
										i32.const 8
										i32.add
										local.set $l12
										local.get $l10
										i32.const 1
										i32.add
										local.set $l10
										br 0
									end
								end
								else
								local.get $l14
								local.set $l10
								block
									loop
										local.get $l10
										local.get $l15
										i32.ge_s
										br_if 1
										i32.const 0
										local.set $l17
										block
											loop
												local.get $l17
												i32.const 4
												i32.add
												local.get $MR
												i32.gt_s
												br_if 1
												local.get $l12
												local.get $l17
												i32.const 2
												i32.shl
												i32.add
												local.get $l11
												local.get $l17
												i32.const 2
												i32.shl
												i32.add
												v128.load align=16
												v128.store align=16
												local.get $l17
												i32.const 4
												i32.add
												local.set $l17
												br 0
											end
										end
										block
											loop
												local.get $l17
												local.get $MR
												i32.ge_s
												br_if 1
												local.get $l12
												local.get $l17
												i32.const 2
												i32.shl
												i32.add
												local.get $l11
												local.get $l17
												i32.const 2
												i32.shl
												i32.add
												f32.load align=4
												f32.store align=4
												local.get $l17
												i32.const 1
												i32.add
												local.set $l17
												br 0
											end
										end
										local.get $l11
										local.get $cs
										i32.const 2
										i32.shl
										i32.add
										local.set $l11
										local.get $l12
										local.get $MR
										i32.const 2
										i32.shl
										i32.add
										local.set $l12
										local.get $l10
										i32.const 1
										i32.add
										local.set $l10
										br 0
									end
								end
							end
							local.get $l13
							i32.const 1
							i32.add
							local.set $l13
							br 0
						end
					end
					br 0
				end
			end
			else
			block
				loop
					i32.const 0
					i32.const 1
					i32.atomic.rmw.add align=4
					local.set $l18
					local.get $l18
					local.get $M
					local.get $MR
					i32.add
					i32.const 1
					i32.sub
					local.get $MR
					i32.div_s
					i32.ge_s
					br_if 1
					local.get $MR
					local.get $M
					local.get $l18
					local.get $MR
					i32.mul
					i32.sub
					local.get $MR
					local.get $M
					local.get $l18
					local.get $MR
					i32.mul
					i32.sub
					i32.lt_s
					select
					local.set $l7
					local.get $dst
					local.get $l18
					local.get $K
					i32.mul
					local.get $MR
					i32.mul
					i32.const 2
					i32.shl
					i32.add
					local.set $l8
					local.get $cs
					i32.const 1
					i32.eq
					if
						i32.const 0
						local.set $l9
						block
							loop
								local.get $l9
								local.get $l7
								i32.ge_s
								br_if 1
								local.get $src
								local.get $l18
								local.get $MR
								i32.mul
								local.get $l9
								i32.add
								local.get $rs
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l11
								local.get $l8
								local.get $l9
								i32.const 2
								i32.shl
								i32.add
								local.set $l12
								i32.const 0
								local.set $l10
								block
									loop
										local.get $l10
										local.get $K
										i32.ge_s
										br_if 1
										local.get $l12
										local.get $l11
										f32.load align=4
										f32.store align=4
										local.get $l11
										i32.const 4
										i32.add
										local.set $l11
										local.get $l12
										local.get $MR
										i32.const 2
										i32.shl
										i32.add
										local.set $l12
										local.get $l10
										i32.const 1
										i32.add
										local.set $l10
										br 0
									end
								end
								local.get $l9
								i32.const 1
								i32.add
								local.set $l9
								br 0
							end
						end
						else
						i32.const 0
						local.set $l10
						block
							loop
								local.get $l10
								local.get $K
								i32.ge_s
								br_if 1
								local.get $src
								local.get $l18
								local.get $MR
								i32.mul
								local.get $rs
								i32.mul
								local.get $l10
								local.get $cs
								i32.mul
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l11
								local.get $l8
								local.get $l10
								local.get $MR
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l12
								i32.const 0
								local.set $l9
								block
									loop
										local.get $l9
										local.get $l7
										i32.ge_s
										br_if 1
										local.get $l12
										local.get $l9
										i32.const 2
										i32.shl
										i32.add
										local.get $l11
										local.get $l9
										local.get $rs
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										f32.load align=4
										f32.store align=4
										local.get $l9
										i32.const 1
										i32.add
										local.set $l9
										br 0
									end
								end
								local.get $l10
								i32.const 1
								i32.add
								local.set $l10
								br 0
							end
						end
					end
					local.get $l7
					local.set $l9
					block
						loop
							local.get $l9
							local.get $MR
							i32.ge_s
							br_if 1
							i32.const 0
							local.set $l10
							block
								loop
									local.get $l10
									local.get $K
									i32.ge_s
									br_if 1
									local.get $l8
									local.get $l10
									local.get $MR
									i32.mul
									local.get $l9
									i32.add
									i32.const 2
									i32.shl
									i32.add
									f32.const 0
									f32.store align=4
									local.get $l10
									i32.const 1
									i32.add
									local.set $l10
									br 0
								end
							end
							local.get $l9
							i32.const 1
							i32.add
							local.set $l9
							br 0
						end
					end
					br 0
				end
			end
		end
  )

  (func $pack_b (export "pack_b") (param $src i32) (param $K i32) (param $N i32) (param $rs i32) (param $cs i32) (param $NR i32) (param $dst i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
		local.get $cs
		i32.const 1
		i32.eq
		if
			block
				loop
					i32.const 0
					i32.const 1
					i32.atomic.rmw.add align=4
					local.set $l16
					local.get $l16
					local.get $K
					i32.const 64
					i32.add
					i32.const 1
					i32.sub
					i32.const 64
					i32.div_s
					i32.ge_s
					br_if 1
					local.get $l16
					i32.const 64
					i32.mul
					local.set $l14
					local.get $l14
					i32.const 64
					i32.add
					local.get $K
					local.get $l14
					i32.const 64
					i32.add
					local.get $K
					i32.lt_s
					select
					local.set $l15
					i32.const 0
					local.set $l13
					block
						loop
							local.get $l13
							local.get $N
							local.get $NR
							i32.add
							i32.const 1
							i32.sub
							local.get $NR
							i32.div_s
							i32.ge_s
							br_if 1
							local.get $NR
							local.get $N
							local.get $l13
							local.get $NR
							i32.mul
							i32.sub
							local.get $NR
							local.get $N
							local.get $l13
							local.get $NR
							i32.mul
							i32.sub
							i32.lt_s
							select
							local.set $l7
							local.get $dst
							local.get $l13
							local.get $K
							i32.mul
							local.get $NR
							i32.mul
							i32.const 2
							i32.shl
							i32.add
							local.set $l8
							local.get $l14
							local.set $l10
							block
								loop
									local.get $l10
									local.get $l15
									i32.ge_s
									br_if 1
									local.get $l8
									local.get $l10
									local.get $NR
									i32.mul
									i32.const 2
									i32.shl
									i32.add
									local.set $l12
									i32.const 0
									local.set $l17
									block
										loop
											local.get $l17
											i32.const 4
											i32.add
											local.get $l7
											i32.gt_s
											br_if 1
											local.get $l12
											local.get $l17
											i32.const 2
											i32.shl
											i32.add
											local.get $src
											local.get $l10
											local.get $rs
											i32.mul
											local.get $l13
											local.get $NR
											i32.mul
											i32.add
											i32.const 2
											i32.shl
											i32.add
											local.get $l17
											i32.const 2
											i32.shl
											i32.add
											v128.load align=16
											v128.store align=16
											local.get $l17
											i32.const 4
											i32.add
											local.set $l17
											br 0
										end
									end
									block
										loop
											local.get $l17
											local.get $l7
											i32.ge_s
											br_if 1
											local.get $l12
											local.get $l17
											i32.const 2
											i32.shl
											i32.add
											local.get $src
											local.get $l10
											local.get $rs
											i32.mul
											local.get $l13
											local.get $NR
											i32.mul
											i32.add
											i32.const 2
											i32.shl
											i32.add
											local.get $l17
											i32.const 2
											i32.shl
											i32.add
											f32.load align=4
											f32.store align=4
											local.get $l17
											i32.const 1
											i32.add
											local.set $l17
											br 0
										end
									end
									i32.const 0
									local.set $l18
									block
										loop
											local.get $l18
											i32.const 4
											i32.add
											local.get $NR
											local.get $l7
											i32.sub
											i32.gt_s
											br_if 1
											local.get $l12
											local.get $l7
											i32.const 2
											i32.shl
											i32.add
											local.get $l18
											i32.const 2
											i32.shl
											i32.add
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											v128.store align=16
											local.get $l18
											i32.const 4
											i32.add
											local.set $l18
											br 0
										end
									end
									block
										loop
											local.get $l18
											local.get $NR
											local.get $l7
											i32.sub
											i32.ge_s
											br_if 1
											local.get $l12
											local.get $l7
											i32.const 2
											i32.shl
											i32.add
											local.get $l18
											i32.const 2
											i32.shl
											i32.add
											f32.const 0
											f32.store align=4
											local.get $l18
											i32.const 1
											i32.add
											local.set $l18
											br 0
										end
									end
									local.get $l10
									i32.const 1
									i32.add
									local.set $l10
									br 0
								end
							end
							local.get $l13
							i32.const 1
							i32.add
							local.set $l13
							br 0
						end
					end
					br 0
				end
			end
			else
			block
				loop
					i32.const 0
					i32.const 1
					i32.atomic.rmw.add align=4
					local.set $l19
					local.get $l19
					local.get $N
					local.get $NR
					i32.add
					i32.const 1
					i32.sub
					local.get $NR
					i32.div_s
					i32.ge_s
					br_if 1
					local.get $NR
					local.get $N
					local.get $l19
					local.get $NR
					i32.mul
					i32.sub
					local.get $NR
					local.get $N
					local.get $l19
					local.get $NR
					i32.mul
					i32.sub
					i32.lt_s
					select
					local.set $l7
					local.get $src
					local.get $l19
					local.get $NR
					i32.mul
					local.get $cs
					i32.mul
					i32.const 2
					i32.shl
					i32.add
					local.set $l11
					local.get $dst
					local.get $l19
					local.get $K
					i32.mul
					local.get $NR
					i32.mul
					i32.const 2
					i32.shl
					i32.add
					local.set $l12
					i32.const 0
					local.set $l10
					block
						loop
							local.get $l10
							local.get $K
							i32.ge_s
							br_if 1
							i32.const 0
							local.set $l9
							block
								loop
									local.get $l9
									local.get $l7
									i32.ge_s
									br_if 1
									local.get $l12
									local.get $l9
									i32.const 2
									i32.shl
									i32.add
									local.get $l11
									local.get $l9
									local.get $cs
									i32.mul
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									f32.store align=4
									local.get $l9
									i32.const 1
									i32.add
									local.set $l9
									br 0
								end
							end
							i32.const 0
							local.set $l20
							block
								loop
									local.get $l20
									i32.const 4
									i32.add
									local.get $NR
									local.get $l7
									i32.sub
									i32.gt_s
									br_if 1
									local.get $l12
									local.get $l7
									i32.const 2
									i32.shl
									i32.add
									local.get $l20
									i32.const 2
									i32.shl
									i32.add
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l20
									i32.const 4
									i32.add
									local.set $l20
									br 0
								end
							end
							block
								loop
									local.get $l20
									local.get $NR
									local.get $l7
									i32.sub
									i32.ge_s
									br_if 1
									local.get $l12
									local.get $l7
									i32.const 2
									i32.shl
									i32.add
									local.get $l20
									i32.const 2
									i32.shl
									i32.add
									f32.const 0
									f32.store align=4
									local.get $l20
									i32.const 1
									i32.add
									local.set $l20
									br 0
								end
							end
							local.get $l11
							local.get $rs
							i32.const 2
							i32.shl
							i32.add
							local.set $l11
							local.get $l12
							local.get $NR
							i32.const 2
							i32.shl
							i32.add
							local.set $l12
							local.get $l10
							i32.const 1
							i32.add
							local.set $l10
							br 0
						end
					end
					br 0
				end
			end
		end
  )

  (func $im2col (export "im2col") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $OH i32) (param $OW i32) (param $R i32) (param $S i32) (param $stride i32) (param $pad i32) (param $m0 i32) (param $rows i32) (param $col i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
		local.get $S
		local.get $C
		i32.mul
		local.set $l14
		local.get $R
		local.get $l14
		i32.mul
		local.set $l13
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l30
				local.get $l30
				local.get $rows
				i32.const 64
				i32.add
				i32.const 1
				i32.sub
				i32.const 64
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l30
				i32.const 64
				i32.mul
				local.set $l28
				local.get $l28
				i32.const 64
				i32.add
				local.get $rows
				local.get $l28
				i32.const 64
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l29
				local.get $l28
				local.set $l15
				block
					loop
						local.get $l15
						local.get $l29
						i32.ge_s
						br_if 1
						local.get $m0
						local.get $l15
						i32.add
						local.set $l16
						local.get $l16
						local.get $OH
						local.get $OW
						i32.mul
						i32.div_s
						local.set $l17
						local.get $l16
						local.get $OH
						local.get $OW
						i32.mul
						i32.rem_s
						local.get $OW
						i32.div_s
						local.set $l18
						local.get $l16
						local.get $OW
						i32.rem_s
						local.set $l19
						local.get $l19
						local.get $stride
						i32.mul
						local.get $pad
						i32.sub
						local.set $l20
						local.get $col
						local.get $l15
						local.get $l13
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l25
						i32.const 0
						local.set $l21
						block
							loop
								local.get $l21
								local.get $R
								i32.ge_s
								br_if 1
								local.get $l18
								local.get $stride
								i32.mul
								local.get $pad
								i32.sub
								local.get $l21
								i32.add
								local.set $l23
								local.get $l25
								local.get $l21
								local.get $l14
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l26
								local.get $x
								local.get $l17
								local.get $H
								i32.mul
								local.get $l23
								i32.add
								local.get $W
								i32.mul
								local.get $l20
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l27
								local.get $l23
								local.get $H
								i32.lt_u
								if
									local.get $l20
									i32.const 0
									i32.ge_s
									local.get $l20
									local.get $S
									i32.add
									local.get $W
									i32.le_s
									i32.and
									if
										i32.const 0
										local.set $l31
										block
											loop
												local.get $l31
												i32.const 4
												i32.add
												local.get $l14
												i32.gt_s
												br_if 1
												local.get $l26
												local.get $l31
												i32.const 2
												i32.shl
												i32.add
												local.get $l27
												local.get $l31
												i32.const 2
												i32.shl
												i32.add
												v128.load align=16
												v128.store align=16
												local.get $l31
												i32.const 4
												i32.add
												local.set $l31
												br 0
											end
										end
										block
											loop
												local.get $l31
												local.get $l14
												i32.ge_s
												br_if 1
												local.get $l26
												local.get $l31
												i32.const 2
												i32.shl
												i32.add
												local.get $l27
												local.get $l31
												i32.const 2
												i32.shl
												i32.add
												f32.load align=4
												f32.store align=4
												local.get $l31
												i32.const 1
												i32.add
												local.set $l31
												br 0
											end
										end
										else
										i32.const 0
										local.set $l22
										block
											loop
												local.get $l22
												local.get $S
												i32.ge_s
												br_if 1
												local.get $l20
												local.get $l22
												i32.add
												local.set $l24
												local.get $l24
												local.get $W
												i32.lt_u
												if
													i32.const 0
													local.set $l32
													block
														loop
															local.get $l32
															i32.const 4
															i32.add
															local.get $C
															i32.gt_s
															br_if 1
															local.get $l26
															local.get $l32
															i32.const 2
															i32.shl
															i32.add
															local.get $l27
															local.get $l32
															i32.const 2
															i32.shl
															i32.add
															v128.load align=16
															v128.store align=16
															local.get $l32
															i32.const 4
															i32.add
															local.set $l32
															br 0
														end
													end
													block
														loop
															local.get $l32
															local.get $C
															i32.ge_s
															br_if 1
															local.get $l26
															local.get $l32
															i32.const 2
															i32.shl
															i32.add
															local.get $l27
															local.get $l32
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l32
															i32.const 1
															i32.add
															local.set $l32
															br 0
														end
													end
													else
													i32.const 0
													local.set $l33
													block
														loop
															local.get $l33
															i32.const 4
															i32.add
															local.get $C
															i32.gt_s
															br_if 1
															local.get $l26
															local.get $l33
															i32.const 2
															i32.shl
															i32.add
															v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
															v128.store align=16
															local.get $l33
															i32.const 4
															i32.add
															local.set $l33
															br 0
														end
													end
													block
														loop
															local.get $l33
															local.get $C
															i32.ge_s
															br_if 1
															local.get $l26
															local.get $l33
															i32.const 2
															i32.shl
															i32.add
															f32.const 0
															f32.store align=4
															local.get $l33
															i32.const 1
															i32.add
															local.set $l33
															br 0
														end
													end
												end
												local.get $l26
												local.get $C
												i32.const 2
												i32.shl
												i32.add
												local.set $l26
												local.get $l27
												local.get $C
												i32.const 2
												i32.shl
												i32.add
												local.set $l27
												local.get $l22
												i32.const 1
												i32.add
												local.set $l22
												br 0
											end
										end
									end
									else
									i32.const 0
									local.set $l34
									block
										loop
											local.get $l34
											i32.const 4
											i32.add
											local.get $l14
											i32.gt_s
											br_if 1
											local.get $l26
											local.get $l34
											i32.const 2
											i32.shl
											i32.add
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											v128.store align=16
											local.get $l34
											i32.const 4
											i32.add
											local.set $l34
											br 0
										end
									end
									block
										loop
											local.get $l34
											local.get $l14
											i32.ge_s
											br_if 1
											local.get $l26
											local.get $l34
											i32.const 2
											i32.shl
											i32.add
											f32.const 0
											f32.store align=4
											local.get $l34
											i32.const 1
											i32.add
											local.set $l34
											br 0
										end
									end
								end
								local.get $l21
								i32.const 1
								i32.add
								local.set $l21
								br 0
							end
						end
						local.get $l15
						i32.const 1
						i32.add
						local.set $l15
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $im2col_b (export "im2col_b") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $OH i32) (param $OW i32) (param $R i32) (param $S i32) (param $stride i32) (param $pad i32) (param $m0 i32) (param $rows i32) (param $NR i32) (param $dst i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l30
				local.get $l30
				local.get $rows
				i32.const 64
				i32.add
				i32.const 1
				i32.sub
				i32.const 64
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l30
				i32.const 64
				i32.mul
				local.set $l28
				local.get $l28
				i32.const 64
				i32.add
				local.get $rows
				local.get $l28
				i32.const 64
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l29
				local.get $l28
				local.set $l14
				block
					loop
						local.get $l14
						local.get $l29
						i32.ge_s
						br_if 1
						local.get $m0
						local.get $l14
						i32.add
						local.set $l15
						local.get $l15
						local.get $OH
						local.get $OW
						i32.mul
						i32.div_s
						local.set $l16
						local.get $l15
						local.get $OH
						local.get $OW
						i32.mul
						i32.rem_s
						local.get $OW
						i32.div_s
						local.set $l17
						local.get $l15
						local.get $OW
						i32.rem_s
						local.set $l18
						i32.const 0
						local.set $l19
						block
							loop
								local.get $l19
								local.get $R
								i32.ge_s
								br_if 1
								local.get $l17
								local.get $stride
								i32.mul
								local.get $pad
								i32.sub
								local.get $l19
								i32.add
								local.set $l21
								i32.const 0
								local.set $l20
								block
									loop
										local.get $l20
										local.get $S
										i32.ge_s
										br_if 1
										local.get $l18
										local.get $stride
										i32.mul
										local.get $pad
										i32.sub
										local.get $l20
										i32.add
										local.set $l22
										local.get $l21
										local.get $H
										i32.lt_u
										local.get $l22
										local.get $W
										i32.lt_u
										i32.and
										local.set $l27
										local.get $x
										local.get $l16
										local.get $H
										i32.mul
										local.get $l21
										i32.add
										local.get $W
										i32.mul
										local.get $l22
										i32.add
										local.get $C
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										local.set $l24
										i32.const 0
										local.set $l23
										block
											loop
												local.get $l23
												local.get $C
												i32.ge_s
												br_if 1
												local.get $l19
												local.get $S
												i32.mul
												local.get $l20
												i32.add
												local.get $C
												i32.mul
												local.get $l23
												i32.add
												local.get $NR
												i32.div_s
												local.set $l26
												local.get $dst
												local.get $l26
												local.get $rows
												i32.mul
												local.get $l14
												i32.add
												local.get $NR
												i32.mul
												i32.const 2
												i32.shl
												i32.add
												local.set $l25
												local.get $l27
												if
													i32.const 0
													local.set $l31
													block
														loop
															local.get $l31
															i32.const 4
															i32.add
															local.get $NR
															i32.gt_s
															br_if 1
															local.get $l25
															local.get $l31
															i32.const 2
															i32.shl
															i32.add
															local.get $l24
															local.get $l23
															i32.const 2
															i32.shl
															i32.add
															local.get $l31
															i32.const 2
															i32.shl
															i32.add
															v128.load align=16
															v128.store align=16
															local.get $l31
															i32.const 4
															i32.add
															local.set $l31
															br 0
														end
													end
													block
														loop
															local.get $l31
															local.get $NR
															i32.ge_s
															br_if 1
															local.get $l25
															local.get $l31
															i32.const 2
															i32.shl
															i32.add
															local.get $l24
															local.get $l23
															i32.const 2
															i32.shl
															i32.add
															local.get $l31
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l31
															i32.const 1
															i32.add
															local.set $l31
															br 0
														end
													end
													else
													i32.const 0
													local.set $l32
													block
														loop
															local.get $l32
															i32.const 4
															i32.add
															local.get $NR
															i32.gt_s
															br_if 1
															local.get $l25
															local.get $l32
															i32.const 2
															i32.shl
															i32.add
															v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
															v128.store align=16
															local.get $l32
															i32.const 4
															i32.add
															local.set $l32
															br 0
														end
													end
													block
														loop
															local.get $l32
															local.get $NR
															i32.ge_s
															br_if 1
															local.get $l25
															local.get $l32
															i32.const 2
															i32.shl
															i32.add
															f32.const 0
															f32.store align=4
															local.get $l32
															i32.const 1
															i32.add
															local.set $l32
															br 0
														end
													end
												end
												local.get $l23
												local.get $NR
												i32.add
												local.set $l23
												br 0
											end
										end
										local.get $l20
										i32.const 1
										i32.add
										local.set $l20
										br 0
									end
								end
								local.get $l19
								i32.const 1
								i32.add
								local.set $l19
								br 0
							end
						end
						local.get $l14
						i32.const 1
						i32.add
						local.set $l14
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $col2im (export "col2im") (param $dcol i32) (param $dx i32) (param $n0 i32) (param $nimg i32) (param $H i32) (param $W i32) (param $C i32) (param $OH i32) (param $OW i32) (param $R i32) (param $S i32) (param $stride i32) (param $pad i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
		local.get $R
		local.get $S
		i32.mul
		local.get $C
		i32.mul
		local.set $l13
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l22
				local.get $l22
				local.get $nimg
				local.get $H
				i32.mul
				i32.ge_s
				br_if 1
				local.get $l22
				local.get $H
				i32.div_s
				local.set $l14
				local.get $l22
				local.get $H
				i32.rem_s
				local.set $l15
				i32.const 0
				local.set $l16
				block
					loop
						local.get $l16
						local.get $W
						i32.ge_s
						br_if 1
						local.get $dx
						local.get $n0
						local.get $l14
						i32.add
						local.get $H
						i32.mul
						local.get $l15
						i32.add
						local.get $W
						i32.mul
						local.get $l16
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l17
						i32.const 0
						local.set $l23
						block
							loop
								local.get $l23
								i32.const 4
								i32.add
								local.get $C
								i32.gt_s
								br_if 1
								local.get $l17
								local.get $l23
								i32.const 2
								i32.shl
								i32.add
								v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
								v128.store align=16
								local.get $l23
								i32.const 4
								i32.add
								local.set $l23
								br 0
							end
						end
						block
							loop
								local.get $l23
								local.get $C
								i32.ge_s
								br_if 1
								local.get $l17
								local.get $l23
								i32.const 2
								i32.shl
								i32.add
								f32.const 0
								f32.store align=4
								local.get $l23
								i32.const 1
								i32.add
								local.set $l23
								br 0
							end
						end
						i32.const 0
						local.set $l18
						block
							loop
								local.get $l18
								local.get $R
								i32.ge_s
								br_if 1
								local.get $l15
								local.get $pad
								i32.add
								local.get $l18
								i32.sub
								local.set $l20
								local.get $l20
								i32.const 0
								i32.ge_s
								local.get $l20
								local.get $stride
								i32.rem_s
								i32.eqz
								local.get $l20
								local.get $stride
								i32.div_s
								local.get $OH
								i32.lt_s
								i32.and
								i32.and
								if
									i32.const 0
									local.set $l19
									block
										loop
											local.get $l19
											local.get $S
											i32.ge_s
											br_if 1
											local.get $l16
											local.get $pad
											i32.add
											local.get $l19
											i32.sub
											local.set $l21
											local.get $l21
											i32.const 0
											i32.ge_s
											local.get $l21
											local.get $stride
											i32.rem_s
											i32.eqz
											local.get $l21
											local.get $stride
											i32.div_s
											local.get $OW
											i32.lt_s
											i32.and
											i32.and
											if
												i32.const 0
												local.set $l24
												block
													loop
														local.get $l24
														i32.const 4
														i32.add
														local.get $C
														i32.gt_s
														br_if 1
														local.get $l17
														local.get $l24
														i32.const 2
														i32.shl
														i32.add
														local.get $l17
														local.get $l24
														i32.const 2
														i32.shl
														i32.add
														v128.load align=16
														local.get $dcol
														local.get $l14
														local.get $OH
														i32.mul
														local.get $l20
														local.get $stride
														i32.div_s
														i32.add
														local.get $OW
														i32.mul
														local.get $l21
														local.get $stride
														i32.div_s
														i32.add
														local.get $l13
														i32.mul
														local.get $l18
														local.get $S
														i32.mul
														local.get $l19
														i32.add
														local.get $C
														i32.mul
														i32.add
														i32.const 2
														i32.shl
														i32.add
														local.get $l24
														i32.const 2
														i32.shl
														i32.add
														v128.load align=16
														f32x4.add
														v128.store align=16
														local.get $l24
														i32.const 4
														i32.add
														local.set $l24
														br 0
													end
												end
												block
													loop
														local.get $l24
														local.get $C
														i32.ge_s
														br_if 1
														local.get $l17
														local.get $l24
														i32.const 2
														i32.shl
														i32.add
														local.get $l17
														local.get $l24
														i32.const 2
														i32.shl
														i32.add
														f32.load align=4
														local.get $dcol
														local.get $l14
														local.get $OH
														i32.mul
														local.get $l20
														local.get $stride
														i32.div_s
														i32.add
														local.get $OW
														i32.mul
														local.get $l21
														local.get $stride
														i32.div_s
														i32.add
														local.get $l13
														i32.mul
														local.get $l18
														local.get $S
														i32.mul
														local.get $l19
														i32.add
														local.get $C
														i32.mul
														i32.add
														i32.const 2
														i32.shl
														i32.add
														local.get $l24
														i32.const 2
														i32.shl
														i32.add
														f32.load align=4
														f32.add
														f32.store align=4
														local.get $l24
														i32.const 1
														i32.add
														local.set $l24
														br 0
													end
												end
											end
											local.get $l19
											i32.const 1
											i32.add
											local.set $l19
											br 0
										end
									end
								end
								local.get $l18
								i32.const 1
								i32.add
								local.set $l18
								br 0
							end
						end
						local.get $l16
						i32.const 1
						i32.add
						local.set $l16
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_filter_2 (export "wino_filter_2") (param $w i32) (param $K i32) (param $C i32) (param $NR i32) (param $dst i32) (param $flip i32) (param $matBytes i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 i32)
    (local $l54 v128)
    (local $l55 v128)
		local.get $C
		i32.const 2
		i32.shl
		local.set $l12
		local.get $l12
		i32.const 9
		i32.mul
		local.set $l13
		f32.const 0.5
		f32x4.splat
		local.set $l51
		f32.const -0.5
		f32x4.splat
		local.set $l52
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l53
				local.get $l53
				local.get $K
				local.get $NR
				i32.add
				i32.const 1
				i32.sub
				local.get $NR
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l8
						block
							loop
								local.get $l8
								local.get $NR
								i32.ge_s
								br_if 1
								local.get $l53
								local.get $NR
								i32.mul
								local.get $l8
								i32.add
								local.set $l9
								local.get $dst
								local.get $l53
								local.get $C
								i32.mul
								local.get $l7
								i32.add
								local.get $NR
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l11
								local.get $l9
								local.get $K
								i32.lt_s
								if
									local.get $flip
									if
										local.get $w
										local.get $l7
										i32.const 9
										i32.mul
										local.get $K
										i32.mul
										local.get $l9
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l10
										local.get $l10
										local.get $K
										i32.const 8
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l14
										local.get $l10
										local.get $K
										i32.const 7
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l15
										local.get $l10
										local.get $K
										i32.const 6
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l16
										local.get $l10
										local.get $K
										i32.const 5
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l17
										local.get $l10
										local.get $K
										i32.const 4
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l18
										local.get $l10
										local.get $K
										i32.const 3
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l19
										local.get $l10
										local.get $K
										i32.const 2
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l20
										local.get $l10
										local.get $K
										i32.const 1
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l21
										local.get $l10
										local.get $K
										i32.const 0
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l22
										else
										local.get $w
										local.get $l9
										i32.const 9
										i32.mul
										local.get $C
										i32.mul
										local.get $l7
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l10
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l14
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l15
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l16
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l17
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l18
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l19
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l20
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l21
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l22
									end
									local.get $l14
									local.set $l23
									local.get $l15
									local.set $l24
									local.get $l16
									local.set $l25
									local.get $l23
									local.set $l35
									local.get $l23
									local.get $l25
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l24
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l36
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l37
									local.get $l25
									local.set $l38
									local.get $l11
									local.get $l35
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l36
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l37
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l38
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l14
									local.get $l20
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l17
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l26
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l29
									local.get $l15
									local.get $l21
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l18
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l27
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l30
									local.get $l16
									local.get $l22
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l19
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l28
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l31
									local.get $l26
									local.set $l39
									local.get $l26
									local.get $l28
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l27
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l40
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l41
									local.get $l28
									local.set $l42
									local.get $l11
									local.get $l39
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l40
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l41
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l42
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l29
									local.set $l43
									local.get $l29
									local.get $l31
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l30
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l44
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l45
									local.get $l31
									local.set $l46
									local.get $l11
									local.get $l43
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l44
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l45
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l46
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l20
									local.set $l32
									local.get $l21
									local.set $l33
									local.get $l22
									local.set $l34
									local.get $l32
									local.set $l47
									local.get $l32
									local.get $l34
									f32x4.add
									local.get $l51
									f32x4.mul
									local.set $l54
									local.get $l33
									local.get $l51
									f32x4.mul
									local.set $l55
									local.get $l54
									local.get $l55
									f32x4.add
									local.set $l48
									local.get $l54
									local.get $l55
									f32x4.sub
									local.set $l49
									local.get $l34
									local.set $l50
									local.get $l11
									local.get $l47
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l48
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l49
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l50
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									else
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
								end
								local.get $l8
								i32.const 4
								i32.add
								local.set $l8
								br 0
							end
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_input_2 (export "wino_input_2") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $dst i32) (param $matBytes i32) (param $ld i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 i32)
    (local $l95 i32)
    (local $l96 i32)
    (local $l97 i32)
    (local $l98 i32)
    (local $l99 i32)
    (local $l100 i32)
    (local $l101 i32)
    (local $l102 i32)
    (local $l103 i32)
    (local $l104 i32)
    (local $l105 v128)
    (local $l106 v128)
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l94
		local.get $l94
		i32.const 4
		local.get $l94
		i32.const 4
		i32.gt_s
		select
		local.set $l94
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l97
				local.get $l97
				local.get $T
				local.get $l94
				i32.add
				i32.const 1
				i32.sub
				local.get $l94
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l97
				local.get $l94
				i32.mul
				local.set $l95
				local.get $l95
				local.get $l94
				i32.add
				local.get $T
				local.get $l95
				local.get $l94
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l96
				local.get $l95
				local.get $t0
				i32.add
				local.set $l11
				block
					loop
						local.get $l11
						local.get $l96
						local.get $t0
						i32.add
						i32.ge_s
						br_if 1
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l98
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						local.set $l99
						local.get $l11
						local.get $TW
						i32.rem_s
						local.set $l100
						local.get $l99
						i32.const 1
						i32.shl
						i32.const -1
						i32.add
						local.set $l101
						local.get $l100
						i32.const 1
						i32.shl
						i32.const -1
						i32.add
						local.set $l102
						local.get $x
						local.get $l98
						local.get $H
						i32.mul
						local.get $l101
						i32.add
						local.get $W
						i32.mul
						local.get $l102
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l103
						local.get $l101
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 0
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l14
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l30
						local.get $l101
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 0
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l15
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l31
						local.get $l101
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 0
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l16
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l32
						local.get $l101
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 0
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l17
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l33
						local.get $l101
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 1
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l18
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l34
						local.get $l101
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 1
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l19
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l35
						local.get $l101
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 1
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l20
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l36
						local.get $l101
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 1
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l21
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l37
						local.get $l101
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 2
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l22
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l38
						local.get $l101
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 2
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l23
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l39
						local.get $l101
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 2
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l24
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l40
						local.get $l101
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 2
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l25
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l41
						local.get $l101
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l26
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l42
						local.get $l101
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 3
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l27
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l43
						local.get $l101
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 3
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l28
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l44
						local.get $l101
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l102
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l104
						local.get $l103
						local.get $W
						i32.const 3
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l104
						select
						local.set $l29
						i32.const 0
						local.get $l104
						i32.sub
						i32x4.splat
						local.set $l45
						i32.const 0
						local.set $l12
						block
							loop
								local.get $l12
								local.get $C
								i32.ge_s
								br_if 1
								local.get $l14
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l30
								v128.and
								local.set $l46
								local.get $l15
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l31
								v128.and
								local.set $l47
								local.get $l16
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l32
								v128.and
								local.set $l48
								local.get $l17
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l33
								v128.and
								local.set $l49
								local.get $l18
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l34
								v128.and
								local.set $l50
								local.get $l19
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l35
								v128.and
								local.set $l51
								local.get $l20
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l36
								v128.and
								local.set $l52
								local.get $l21
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l37
								v128.and
								local.set $l53
								local.get $l22
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l38
								v128.and
								local.set $l54
								local.get $l23
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l39
								v128.and
								local.set $l55
								local.get $l24
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l40
								v128.and
								local.set $l56
								local.get $l25
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l41
								v128.and
								local.set $l57
								local.get $l26
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l42
								v128.and
								local.set $l58
								local.get $l27
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l43
								v128.and
								local.set $l59
								local.get $l28
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l44
								v128.and
								local.set $l60
								local.get $l29
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l45
								v128.and
								local.set $l61
								local.get $dst
								local.get $l11
								local.get $t0
								i32.sub
								local.get $ld
								i32.mul
								local.get $l12
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l13
								local.get $l46
								local.get $l54
								f32x4.sub
								local.set $l62
								local.get $l47
								local.get $l55
								f32x4.sub
								local.set $l63
								local.get $l48
								local.get $l56
								f32x4.sub
								local.set $l64
								local.get $l49
								local.get $l57
								f32x4.sub
								local.set $l65
								local.get $l62
								local.get $l64
								f32x4.sub
								local.set $l78
								local.get $l64
								local.set $l105
								local.get $l63
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l79
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l80
								local.get $l63
								local.get $l65
								f32x4.sub
								local.set $l81
								local.get $l13
								local.get $l78
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l79
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l80
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l81
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l54
								local.set $l105
								local.get $l50
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l66
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l70
								local.get $l55
								local.set $l105
								local.get $l51
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l67
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l71
								local.get $l56
								local.set $l105
								local.get $l52
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l68
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l72
								local.get $l57
								local.set $l105
								local.get $l53
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l69
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l73
								local.get $l66
								local.get $l68
								f32x4.sub
								local.set $l82
								local.get $l68
								local.set $l105
								local.get $l67
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l83
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l84
								local.get $l67
								local.get $l69
								f32x4.sub
								local.set $l85
								local.get $l13
								local.get $l82
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l83
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l84
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l85
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l70
								local.get $l72
								f32x4.sub
								local.set $l86
								local.get $l72
								local.set $l105
								local.get $l71
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l87
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l88
								local.get $l71
								local.get $l73
								f32x4.sub
								local.set $l89
								local.get $l13
								local.get $l86
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l87
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l88
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l89
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l50
								local.get $l58
								f32x4.sub
								local.set $l74
								local.get $l51
								local.get $l59
								f32x4.sub
								local.set $l75
								local.get $l52
								local.get $l60
								f32x4.sub
								local.set $l76
								local.get $l53
								local.get $l61
								f32x4.sub
								local.set $l77
								local.get $l74
								local.get $l76
								f32x4.sub
								local.set $l90
								local.get $l76
								local.set $l105
								local.get $l75
								local.set $l106
								local.get $l105
								local.get $l106
								f32x4.add
								local.set $l91
								local.get $l105
								local.get $l106
								f32x4.sub
								local.set $l92
								local.get $l75
								local.get $l77
								f32x4.sub
								local.set $l93
								local.get $l13
								local.get $l90
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l91
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l92
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l93
								v128.store align=16
								local.get $l12
								i32.const 4
								i32.add
								local.set $l12
								br 0
							end
						end
						local.get $l11
						i32.const 1
						i32.add
						local.set $l11
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_output_2 (export "wino_output_2") (param $m i32) (param $T i32) (param $K i32) (param $OH i32) (param $OW i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $y i32) (param $matBytes i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 i32)
    (local $l66 i32)
    (local $l67 i32)
    (local $l68 v128)
    (local $l69 v128)
		local.get $K
		i32.const 2
		i32.shl
		local.set $l28
		local.get $OW
		local.get $l28
		i32.mul
		local.set $l27
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l33
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l34
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l35
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l36
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l67
				local.get $l67
				local.get $T
				i32.const 8
				i32.add
				i32.const 1
				i32.sub
				i32.const 8
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l67
				i32.const 8
				i32.mul
				local.set $l65
				local.get $l65
				i32.const 8
				i32.add
				local.get $T
				local.get $l65
				i32.const 8
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l66
				local.get $l65
				local.set $l17
				block
					loop
						local.get $l17
						local.get $l66
						i32.ge_s
						br_if 1
						local.get $t0
						local.get $l17
						i32.add
						local.set $l18
						local.get $l18
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l19
						local.get $l18
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						i32.const 1
						i32.shl
						local.set $l20
						local.get $l18
						local.get $TW
						i32.rem_s
						i32.const 1
						i32.shl
						local.set $l21
						local.get $l20
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l29
						local.get $l21
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l31
						local.get $l20
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l30
						local.get $l21
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l32
						local.get $l30
						local.get $l32
						i32.and
						local.set $l22
						local.get $m
						local.get $l17
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l23
						local.get $y
						local.get $l19
						local.get $OH
						i32.mul
						local.get $l20
						i32.add
						local.get $OW
						i32.mul
						local.get $l21
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l24
						i32.const 0
						local.set $l25
						block
							loop
								local.get $l25
								local.get $l28
								i32.ge_s
								br_if 1
								local.get $l23
								local.get $l25
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l37
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l38
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l39
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l40
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l41
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l42
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l43
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l44
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l45
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l46
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l47
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l48
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l49
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l50
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l51
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l52
								local.get $l37
								local.get $l41
								f32x4.add
								local.get $l45
								f32x4.add
								local.set $l53
								local.get $l38
								local.get $l42
								f32x4.add
								local.get $l46
								f32x4.add
								local.set $l54
								local.get $l39
								local.get $l43
								f32x4.add
								local.get $l47
								f32x4.add
								local.set $l55
								local.get $l40
								local.get $l44
								f32x4.add
								local.get $l48
								f32x4.add
								local.set $l56
								local.get $l53
								local.get $l54
								f32x4.add
								local.get $l55
								f32x4.add
								local.set $l61
								local.get $l54
								local.get $l55
								f32x4.sub
								local.get $l56
								f32x4.sub
								local.set $l62
								local.get $l41
								local.get $l45
								f32x4.sub
								local.get $l49
								f32x4.sub
								local.set $l57
								local.get $l42
								local.get $l46
								f32x4.sub
								local.get $l50
								f32x4.sub
								local.set $l58
								local.get $l43
								local.get $l47
								f32x4.sub
								local.get $l51
								f32x4.sub
								local.set $l59
								local.get $l44
								local.get $l48
								f32x4.sub
								local.get $l52
								f32x4.sub
								local.set $l60
								local.get $l57
								local.get $l58
								f32x4.add
								local.get $l59
								f32x4.add
								local.set $l63
								local.get $l58
								local.get $l59
								f32x4.sub
								local.get $l60
								f32x4.sub
								local.set $l64
								local.get $scale
								if
									local.get $scale
									local.get $l25
									i32.add
									v128.load align=16
									local.set $l14
									local.get $shift
									local.get $l25
									i32.add
									v128.load align=16
									local.set $l15
								end
								local.get $l24
								local.get $l25
								i32.add
								local.set $l26
								local.get $l22
								if
									local.get $scale
									if
										local.get $l61
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l61
										local.get $l62
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l62
										local.get $l63
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l63
										local.get $l64
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l64
										local.get $res
										if
											local.get $l61
											local.get $l26
											local.get $l33
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l61
											local.get $l62
											local.get $l26
											local.get $l34
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l62
											local.get $l63
											local.get $l26
											local.get $l35
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l63
											local.get $l64
											local.get $l26
											local.get $l36
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l64
										end
										local.get $relu
										if
											local.get $l61
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l61
											local.get $l62
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l62
											local.get $l63
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l63
											local.get $l64
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l64
										end
									end
									local.get $l26
									local.get $l33
									i32.add
									local.get $l61
									v128.store align=16
									local.get $l26
									local.get $l34
									i32.add
									local.get $l62
									v128.store align=16
									local.get $l26
									local.get $l35
									i32.add
									local.get $l63
									v128.store align=16
									local.get $l26
									local.get $l36
									i32.add
									local.get $l64
									v128.store align=16
									else
									local.get $l29
									local.get $l31
									i32.and
									if
										local.get $l26
										local.get $l33
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l61
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l61
											local.get $res
											if
												local.get $l61
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l61
											end
											local.get $relu
											if
												local.get $l61
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l61
											end
										end
										local.get $l16
										local.get $l61
										v128.store align=16
									end
									local.get $l29
									local.get $l32
									i32.and
									if
										local.get $l26
										local.get $l34
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l62
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l62
											local.get $res
											if
												local.get $l62
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l62
											end
											local.get $relu
											if
												local.get $l62
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l62
											end
										end
										local.get $l16
										local.get $l62
										v128.store align=16
									end
									local.get $l30
									local.get $l31
									i32.and
									if
										local.get $l26
										local.get $l35
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l63
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l63
											local.get $res
											if
												local.get $l63
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l63
											end
											local.get $relu
											if
												local.get $l63
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l63
											end
										end
										local.get $l16
										local.get $l63
										v128.store align=16
									end
									local.get $l30
									local.get $l32
									i32.and
									if
										local.get $l26
										local.get $l36
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l64
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l64
											local.get $res
											if
												local.get $l64
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l64
											end
											local.get $relu
											if
												local.get $l64
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l64
											end
										end
										local.get $l16
										local.get $l64
										v128.store align=16
									end
								end
								local.get $l25
								i32.const 16
								i32.add
								local.set $l25
								br 0
							end
						end
						local.get $l17
						i32.const 1
						i32.add
						local.set $l17
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_filter_4 (export "wino_filter_4") (param $w i32) (param $K i32) (param $C i32) (param $NR i32) (param $dst i32) (param $flip i32) (param $matBytes i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 i32)
    (local $l86 v128)
    (local $l87 v128)
		local.get $C
		i32.const 2
		i32.shl
		local.set $l12
		local.get $l12
		i32.const 9
		i32.mul
		local.set $l13
		f32.const 0.25
		f32x4.splat
		local.set $l77
		f32.const -0.25
		f32x4.splat
		local.set $l78
		f32.const -0.16666667
		f32x4.splat
		local.set $l79
		f32.const 0.16666667
		f32x4.splat
		local.set $l80
		f32.const 0.041666668
		f32x4.splat
		local.set $l81
		f32.const -0.041666668
		f32x4.splat
		local.set $l82
		f32.const 0.083333336
		f32x4.splat
		local.set $l83
		f32.const -0.083333336
		f32x4.splat
		local.set $l84
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l85
				local.get $l85
				local.get $K
				local.get $NR
				i32.add
				i32.const 1
				i32.sub
				local.get $NR
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l8
						block
							loop
								local.get $l8
								local.get $NR
								i32.ge_s
								br_if 1
								local.get $l85
								local.get $NR
								i32.mul
								local.get $l8
								i32.add
								local.set $l9
								local.get $dst
								local.get $l85
								local.get $C
								i32.mul
								local.get $l7
								i32.add
								local.get $NR
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l11
								local.get $l9
								local.get $K
								i32.lt_s
								if
									local.get $flip
									if
										local.get $w
										local.get $l7
										i32.const 9
										i32.mul
										local.get $K
										i32.mul
										local.get $l9
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l10
										local.get $l10
										local.get $K
										i32.const 8
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l14
										local.get $l10
										local.get $K
										i32.const 7
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l15
										local.get $l10
										local.get $K
										i32.const 6
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l16
										local.get $l10
										local.get $K
										i32.const 5
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l17
										local.get $l10
										local.get $K
										i32.const 4
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l18
										local.get $l10
										local.get $K
										i32.const 3
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l19
										local.get $l10
										local.get $K
										i32.const 2
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l20
										local.get $l10
										local.get $K
										i32.const 1
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l21
										local.get $l10
										local.get $K
										i32.const 0
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l22
										else
										local.get $w
										local.get $l9
										i32.const 9
										i32.mul
										local.get $C
										i32.mul
										local.get $l7
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l10
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l14
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l15
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l16
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l17
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l18
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l19
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l20
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l21
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l22
									end
									local.get $l14
									local.get $l77
									f32x4.mul
									local.set $l23
									local.get $l15
									local.get $l77
									f32x4.mul
									local.set $l24
									local.get $l16
									local.get $l77
									f32x4.mul
									local.set $l25
									local.get $l23
									local.get $l77
									f32x4.mul
									local.set $l41
									local.get $l23
									local.get $l25
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l24
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l42
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l43
									local.get $l23
									local.get $l81
									f32x4.mul
									local.get $l25
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l24
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l44
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l45
									local.get $l25
									local.set $l46
									local.get $l11
									local.get $l41
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l42
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l43
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l44
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l45
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l46
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l14
									local.get $l20
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l17
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l26
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l29
									local.get $l15
									local.get $l21
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l18
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l27
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l30
									local.get $l16
									local.get $l22
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l19
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l28
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l31
									local.get $l26
									local.get $l77
									f32x4.mul
									local.set $l47
									local.get $l26
									local.get $l28
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l27
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l48
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l49
									local.get $l26
									local.get $l81
									f32x4.mul
									local.get $l28
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l27
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l50
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l51
									local.get $l28
									local.set $l52
									local.get $l11
									local.get $l47
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l48
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l49
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l50
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l51
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l52
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l29
									local.get $l77
									f32x4.mul
									local.set $l53
									local.get $l29
									local.get $l31
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l30
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l54
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l55
									local.get $l29
									local.get $l81
									f32x4.mul
									local.get $l31
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l30
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l56
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l57
									local.get $l31
									local.set $l58
									local.get $l11
									local.get $l53
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l54
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l55
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l56
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l57
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l58
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l14
									local.get $l81
									f32x4.mul
									local.get $l20
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l17
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l32
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l35
									local.get $l15
									local.get $l81
									f32x4.mul
									local.get $l21
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l18
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l33
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l36
									local.get $l16
									local.get $l81
									f32x4.mul
									local.get $l22
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l19
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l34
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l37
									local.get $l32
									local.get $l77
									f32x4.mul
									local.set $l59
									local.get $l32
									local.get $l34
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l33
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l60
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l61
									local.get $l32
									local.get $l81
									f32x4.mul
									local.get $l34
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l33
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l62
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l63
									local.get $l34
									local.set $l64
									local.get $l11
									local.get $l59
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l60
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l61
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l62
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l63
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l64
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l35
									local.get $l77
									f32x4.mul
									local.set $l65
									local.get $l35
									local.get $l37
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l36
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l66
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l67
									local.get $l35
									local.get $l81
									f32x4.mul
									local.get $l37
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l36
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l68
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l69
									local.get $l37
									local.set $l70
									local.get $l11
									local.get $l65
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l66
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l67
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l68
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l69
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l70
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l20
									local.set $l38
									local.get $l21
									local.set $l39
									local.get $l22
									local.set $l40
									local.get $l38
									local.get $l77
									f32x4.mul
									local.set $l71
									local.get $l38
									local.get $l40
									f32x4.add
									local.get $l79
									f32x4.mul
									local.set $l86
									local.get $l39
									local.get $l79
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l72
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l73
									local.get $l38
									local.get $l81
									f32x4.mul
									local.get $l40
									local.get $l80
									f32x4.mul
									f32x4.add
									local.set $l86
									local.get $l39
									local.get $l83
									f32x4.mul
									local.set $l87
									local.get $l86
									local.get $l87
									f32x4.add
									local.set $l74
									local.get $l86
									local.get $l87
									f32x4.sub
									local.set $l75
									local.get $l40
									local.set $l76
									local.get $l11
									local.get $l71
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l72
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l73
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l74
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l75
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l76
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									else
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
								end
								local.get $l8
								i32.const 4
								i32.add
								local.set $l8
								br 0
							end
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_input_4 (export "wino_input_4") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $dst i32) (param $matBytes i32) (param $ld i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 v128)
    (local $l95 v128)
    (local $l96 v128)
    (local $l97 v128)
    (local $l98 v128)
    (local $l99 v128)
    (local $l100 v128)
    (local $l101 v128)
    (local $l102 v128)
    (local $l103 v128)
    (local $l104 v128)
    (local $l105 v128)
    (local $l106 v128)
    (local $l107 v128)
    (local $l108 v128)
    (local $l109 v128)
    (local $l110 v128)
    (local $l111 v128)
    (local $l112 v128)
    (local $l113 v128)
    (local $l114 v128)
    (local $l115 v128)
    (local $l116 v128)
    (local $l117 v128)
    (local $l118 v128)
    (local $l119 v128)
    (local $l120 v128)
    (local $l121 v128)
    (local $l122 v128)
    (local $l123 v128)
    (local $l124 v128)
    (local $l125 v128)
    (local $l126 v128)
    (local $l127 v128)
    (local $l128 v128)
    (local $l129 v128)
    (local $l130 v128)
    (local $l131 v128)
    (local $l132 v128)
    (local $l133 v128)
    (local $l134 v128)
    (local $l135 v128)
    (local $l136 v128)
    (local $l137 v128)
    (local $l138 v128)
    (local $l139 v128)
    (local $l140 v128)
    (local $l141 v128)
    (local $l142 v128)
    (local $l143 v128)
    (local $l144 v128)
    (local $l145 v128)
    (local $l146 v128)
    (local $l147 v128)
    (local $l148 v128)
    (local $l149 v128)
    (local $l150 v128)
    (local $l151 v128)
    (local $l152 v128)
    (local $l153 v128)
    (local $l154 v128)
    (local $l155 v128)
    (local $l156 v128)
    (local $l157 v128)
    (local $l158 v128)
    (local $l159 v128)
    (local $l160 v128)
    (local $l161 v128)
    (local $l162 v128)
    (local $l163 v128)
    (local $l164 v128)
    (local $l165 v128)
    (local $l166 v128)
    (local $l167 v128)
    (local $l168 v128)
    (local $l169 v128)
    (local $l170 v128)
    (local $l171 v128)
    (local $l172 v128)
    (local $l173 v128)
    (local $l174 v128)
    (local $l175 v128)
    (local $l176 v128)
    (local $l177 v128)
    (local $l178 v128)
    (local $l179 v128)
    (local $l180 v128)
    (local $l181 v128)
    (local $l182 v128)
    (local $l183 v128)
    (local $l184 v128)
    (local $l185 v128)
    (local $l186 v128)
    (local $l187 v128)
    (local $l188 v128)
    (local $l189 v128)
    (local $l190 v128)
    (local $l191 v128)
    (local $l192 v128)
    (local $l193 v128)
    (local $l194 v128)
    (local $l195 v128)
    (local $l196 v128)
    (local $l197 v128)
    (local $l198 v128)
    (local $l199 v128)
    (local $l200 i32)
    (local $l201 i32)
    (local $l202 i32)
    (local $l203 i32)
    (local $l204 i32)
    (local $l205 i32)
    (local $l206 i32)
    (local $l207 i32)
    (local $l208 i32)
    (local $l209 i32)
    (local $l210 i32)
    (local $l211 v128)
    (local $l212 v128)
		f32.const 4
		f32x4.splat
		local.set $l194
		f32.const -4
		f32x4.splat
		local.set $l195
		f32.const -5
		f32x4.splat
		local.set $l196
		f32.const 5
		f32x4.splat
		local.set $l197
		f32.const -2
		f32x4.splat
		local.set $l198
		f32.const 2
		f32x4.splat
		local.set $l199
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l200
		local.get $l200
		i32.const 4
		local.get $l200
		i32.const 4
		i32.gt_s
		select
		local.set $l200
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l203
				local.get $l203
				local.get $T
				local.get $l200
				i32.add
				i32.const 1
				i32.sub
				local.get $l200
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l203
				local.get $l200
				i32.mul
				local.set $l201
				local.get $l201
				local.get $l200
				i32.add
				local.get $T
				local.get $l201
				local.get $l200
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l202
				local.get $l201
				local.get $t0
				i32.add
				local.set $l11
				block
					loop
						local.get $l11
						local.get $l202
						local.get $t0
						i32.add
						i32.ge_s
						br_if 1
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l204
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						local.set $l205
						local.get $l11
						local.get $TW
						i32.rem_s
						local.set $l206
						local.get $l205
						i32.const 2
						i32.shl
						i32.const -1
						i32.add
						local.set $l207
						local.get $l206
						i32.const 2
						i32.shl
						i32.const -1
						i32.add
						local.set $l208
						local.get $x
						local.get $l204
						local.get $H
						i32.mul
						local.get $l207
						i32.add
						local.get $W
						i32.mul
						local.get $l208
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l209
						local.get $l207
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 0
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l14
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l50
						local.get $l207
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 0
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l15
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l51
						local.get $l207
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 0
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l16
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l52
						local.get $l207
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 0
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l17
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l53
						local.get $l207
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 0
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l18
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l54
						local.get $l207
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 5
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 0
						i32.mul
						i32.const 5
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l19
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l55
						local.get $l207
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 1
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l20
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l56
						local.get $l207
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 1
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l21
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l57
						local.get $l207
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 1
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l22
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l58
						local.get $l207
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 1
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l23
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l59
						local.get $l207
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 1
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l24
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l60
						local.get $l207
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 5
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 1
						i32.mul
						i32.const 5
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l25
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l61
						local.get $l207
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 2
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l26
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l62
						local.get $l207
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 2
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l27
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l63
						local.get $l207
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 2
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l28
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l64
						local.get $l207
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 2
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l29
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l65
						local.get $l207
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 2
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l30
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l66
						local.get $l207
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 5
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 2
						i32.mul
						i32.const 5
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l31
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l67
						local.get $l207
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l32
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l68
						local.get $l207
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 3
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l33
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l69
						local.get $l207
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 3
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l34
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l70
						local.get $l207
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 3
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l35
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l71
						local.get $l207
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 3
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l36
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l72
						local.get $l207
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 5
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 3
						i32.mul
						i32.const 5
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l37
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l73
						local.get $l207
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 4
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l38
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l74
						local.get $l207
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 4
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l39
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l75
						local.get $l207
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 4
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l40
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l76
						local.get $l207
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 4
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l41
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l77
						local.get $l207
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 4
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l42
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l78
						local.get $l207
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 5
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 4
						i32.mul
						i32.const 5
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l43
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l79
						local.get $l207
						i32.const 5
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 5
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l44
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l80
						local.get $l207
						i32.const 5
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 5
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l45
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l81
						local.get $l207
						i32.const 5
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 5
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l46
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l82
						local.get $l207
						i32.const 5
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 5
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l47
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l83
						local.get $l207
						i32.const 5
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 5
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l48
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l84
						local.get $l207
						i32.const 5
						i32.add
						local.get $H
						i32.lt_u
						local.get $l208
						i32.const 5
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l210
						local.get $l209
						local.get $W
						i32.const 5
						i32.mul
						i32.const 5
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l210
						select
						local.set $l49
						i32.const 0
						local.get $l210
						i32.sub
						i32x4.splat
						local.set $l85
						i32.const 0
						local.set $l12
						block
							loop
								local.get $l12
								local.get $C
								i32.ge_s
								br_if 1
								local.get $l14
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l50
								v128.and
								local.set $l86
								local.get $l15
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l51
								v128.and
								local.set $l87
								local.get $l16
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l52
								v128.and
								local.set $l88
								local.get $l17
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l53
								v128.and
								local.set $l89
								local.get $l18
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l54
								v128.and
								local.set $l90
								local.get $l19
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l55
								v128.and
								local.set $l91
								local.get $l20
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l56
								v128.and
								local.set $l92
								local.get $l21
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l57
								v128.and
								local.set $l93
								local.get $l22
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l58
								v128.and
								local.set $l94
								local.get $l23
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l59
								v128.and
								local.set $l95
								local.get $l24
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l60
								v128.and
								local.set $l96
								local.get $l25
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l61
								v128.and
								local.set $l97
								local.get $l26
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l62
								v128.and
								local.set $l98
								local.get $l27
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l63
								v128.and
								local.set $l99
								local.get $l28
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l64
								v128.and
								local.set $l100
								local.get $l29
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l65
								v128.and
								local.set $l101
								local.get $l30
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l66
								v128.and
								local.set $l102
								local.get $l31
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l67
								v128.and
								local.set $l103
								local.get $l32
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l68
								v128.and
								local.set $l104
								local.get $l33
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l69
								v128.and
								local.set $l105
								local.get $l34
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l70
								v128.and
								local.set $l106
								local.get $l35
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l71
								v128.and
								local.set $l107
								local.get $l36
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l72
								v128.and
								local.set $l108
								local.get $l37
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l73
								v128.and
								local.set $l109
								local.get $l38
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l74
								v128.and
								local.set $l110
								local.get $l39
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l75
								v128.and
								local.set $l111
								local.get $l40
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l76
								v128.and
								local.set $l112
								local.get $l41
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l77
								v128.and
								local.set $l113
								local.get $l42
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l78
								v128.and
								local.set $l114
								local.get $l43
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l79
								v128.and
								local.set $l115
								local.get $l44
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l80
								v128.and
								local.set $l116
								local.get $l45
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l81
								v128.and
								local.set $l117
								local.get $l46
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l82
								v128.and
								local.set $l118
								local.get $l47
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l83
								v128.and
								local.set $l119
								local.get $l48
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l84
								v128.and
								local.set $l120
								local.get $l49
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l85
								v128.and
								local.set $l121
								local.get $dst
								local.get $l11
								local.get $t0
								i32.sub
								local.get $ld
								i32.mul
								local.get $l12
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l13
								local.get $l86
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l98
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l110
								f32x4.add
								local.set $l122
								local.get $l87
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l99
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l111
								f32x4.add
								local.set $l123
								local.get $l88
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l100
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l112
								f32x4.add
								local.set $l124
								local.get $l89
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l101
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l113
								f32x4.add
								local.set $l125
								local.get $l90
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l102
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l114
								f32x4.add
								local.set $l126
								local.get $l91
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l103
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l115
								f32x4.add
								local.set $l127
								local.get $l122
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l124
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l126
								f32x4.add
								local.set $l158
								f32.const 0
								f32x4.splat
								local.get $l124
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l126
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l123
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l125
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l159
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l160
								f32.const 0
								f32x4.splat
								local.get $l124
								f32x4.sub
								local.get $l126
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l123
								f32x4.sub
								local.get $l125
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l161
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l162
								local.get $l123
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l125
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l127
								f32x4.add
								local.set $l163
								local.get $l13
								local.get $l158
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l159
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l160
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l161
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l162
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l163
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								f32.const 0
								f32x4.splat
								local.get $l98
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l110
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l92
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l104
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l128
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l134
								f32.const 0
								f32x4.splat
								local.get $l99
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l111
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l93
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l105
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l129
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l135
								f32.const 0
								f32x4.splat
								local.get $l100
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l112
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l94
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l106
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l130
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l136
								f32.const 0
								f32x4.splat
								local.get $l101
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l113
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l95
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l107
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l131
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l137
								f32.const 0
								f32x4.splat
								local.get $l102
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l114
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l96
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l108
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l132
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l138
								f32.const 0
								f32x4.splat
								local.get $l103
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l115
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l97
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l109
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l133
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l139
								local.get $l128
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l130
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l132
								f32x4.add
								local.set $l164
								f32.const 0
								f32x4.splat
								local.get $l130
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l132
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l129
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l131
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l165
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l166
								f32.const 0
								f32x4.splat
								local.get $l130
								f32x4.sub
								local.get $l132
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l129
								f32x4.sub
								local.get $l131
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l167
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l168
								local.get $l129
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l131
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l133
								f32x4.add
								local.set $l169
								local.get $l13
								local.get $l164
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l165
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l166
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l167
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l168
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l169
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l134
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l136
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l138
								f32x4.add
								local.set $l170
								f32.const 0
								f32x4.splat
								local.get $l136
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l138
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l135
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l137
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l171
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l172
								f32.const 0
								f32x4.splat
								local.get $l136
								f32x4.sub
								local.get $l138
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l135
								f32x4.sub
								local.get $l137
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l173
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l174
								local.get $l135
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l137
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l139
								f32x4.add
								local.set $l175
								local.get $l13
								local.get $l170
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l171
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l172
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l173
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l174
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l175
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								f32.const 0
								f32x4.splat
								local.get $l98
								f32x4.sub
								local.get $l110
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l92
								f32x4.sub
								local.get $l104
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l140
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l146
								f32.const 0
								f32x4.splat
								local.get $l99
								f32x4.sub
								local.get $l111
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l93
								f32x4.sub
								local.get $l105
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l141
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l147
								f32.const 0
								f32x4.splat
								local.get $l100
								f32x4.sub
								local.get $l112
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l94
								f32x4.sub
								local.get $l106
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l142
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l148
								f32.const 0
								f32x4.splat
								local.get $l101
								f32x4.sub
								local.get $l113
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l95
								f32x4.sub
								local.get $l107
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l143
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l149
								f32.const 0
								f32x4.splat
								local.get $l102
								f32x4.sub
								local.get $l114
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l96
								f32x4.sub
								local.get $l108
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l144
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l150
								f32.const 0
								f32x4.splat
								local.get $l103
								f32x4.sub
								local.get $l115
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l97
								f32x4.sub
								local.get $l109
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l145
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l151
								local.get $l140
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l142
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l144
								f32x4.add
								local.set $l176
								f32.const 0
								f32x4.splat
								local.get $l142
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l144
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l141
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l143
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l177
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l178
								f32.const 0
								f32x4.splat
								local.get $l142
								f32x4.sub
								local.get $l144
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l141
								f32x4.sub
								local.get $l143
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l179
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l180
								local.get $l141
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l143
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l145
								f32x4.add
								local.set $l181
								local.get $l13
								local.get $l176
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l177
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l178
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l179
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l180
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l181
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l146
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l148
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l150
								f32x4.add
								local.set $l182
								f32.const 0
								f32x4.splat
								local.get $l148
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l150
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l147
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l149
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l183
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l184
								f32.const 0
								f32x4.splat
								local.get $l148
								f32x4.sub
								local.get $l150
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l147
								f32x4.sub
								local.get $l149
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l185
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l186
								local.get $l147
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l149
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l151
								f32x4.add
								local.set $l187
								local.get $l13
								local.get $l182
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l183
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l184
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l185
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l186
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l187
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l92
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l104
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l116
								f32x4.add
								local.set $l152
								local.get $l93
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l105
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l117
								f32x4.add
								local.set $l153
								local.get $l94
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l106
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l118
								f32x4.add
								local.set $l154
								local.get $l95
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l107
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l119
								f32x4.add
								local.set $l155
								local.get $l96
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l108
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l120
								f32x4.add
								local.set $l156
								local.get $l97
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l109
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l121
								f32x4.add
								local.set $l157
								local.get $l152
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l154
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l156
								f32x4.add
								local.set $l188
								f32.const 0
								f32x4.splat
								local.get $l154
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l156
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l153
								f32x4.sub
								local.get $l194
								f32x4.mul
								local.get $l155
								f32x4.add
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l189
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l190
								f32.const 0
								f32x4.splat
								local.get $l154
								f32x4.sub
								local.get $l156
								f32x4.add
								local.set $l211
								f32.const 0
								f32x4.splat
								local.get $l153
								f32x4.sub
								local.get $l155
								f32x4.add
								local.get $l199
								f32x4.mul
								local.set $l212
								local.get $l211
								local.get $l212
								f32x4.add
								local.set $l191
								local.get $l211
								local.get $l212
								f32x4.sub
								local.set $l192
								local.get $l153
								local.get $l194
								f32x4.mul
								f32.const 0
								f32x4.splat
								local.get $l155
								f32x4.sub
								local.get $l197
								f32x4.mul
								f32x4.add
								local.get $l157
								f32x4.add
								local.set $l193
								local.get $l13
								local.get $l188
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l189
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l190
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l191
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l192
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l193
								v128.store align=16
								local.get $l12
								i32.const 4
								i32.add
								local.set $l12
								br 0
							end
						end
						local.get $l11
						i32.const 1
						i32.add
						local.set $l11
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_output_4 (export "wino_output_4") (param $m i32) (param $T i32) (param $K i32) (param $OH i32) (param $OW i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $y i32) (param $matBytes i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 i32)
    (local $l51 i32)
    (local $l52 i32)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 v128)
    (local $l95 v128)
    (local $l96 v128)
    (local $l97 v128)
    (local $l98 v128)
    (local $l99 v128)
    (local $l100 v128)
    (local $l101 v128)
    (local $l102 v128)
    (local $l103 v128)
    (local $l104 v128)
    (local $l105 v128)
    (local $l106 v128)
    (local $l107 v128)
    (local $l108 v128)
    (local $l109 v128)
    (local $l110 v128)
    (local $l111 v128)
    (local $l112 v128)
    (local $l113 v128)
    (local $l114 v128)
    (local $l115 v128)
    (local $l116 v128)
    (local $l117 v128)
    (local $l118 v128)
    (local $l119 v128)
    (local $l120 v128)
    (local $l121 v128)
    (local $l122 v128)
    (local $l123 v128)
    (local $l124 v128)
    (local $l125 v128)
    (local $l126 v128)
    (local $l127 v128)
    (local $l128 v128)
    (local $l129 v128)
    (local $l130 v128)
    (local $l131 v128)
    (local $l132 v128)
    (local $l133 v128)
    (local $l134 v128)
    (local $l135 i32)
    (local $l136 i32)
    (local $l137 i32)
    (local $l138 v128)
    (local $l139 v128)
		local.get $K
		i32.const 2
		i32.shl
		local.set $l28
		local.get $OW
		local.get $l28
		i32.mul
		local.set $l27
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l37
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l38
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 2
		i32.mul
		i32.add
		local.set $l39
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 3
		i32.mul
		i32.add
		local.set $l40
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l41
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l42
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 2
		i32.mul
		i32.add
		local.set $l43
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 3
		i32.mul
		i32.add
		local.set $l44
		local.get $l27
		i32.const 2
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l45
		local.get $l27
		i32.const 2
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l46
		local.get $l27
		i32.const 2
		i32.mul
		local.get $l28
		i32.const 2
		i32.mul
		i32.add
		local.set $l47
		local.get $l27
		i32.const 2
		i32.mul
		local.get $l28
		i32.const 3
		i32.mul
		i32.add
		local.set $l48
		local.get $l27
		i32.const 3
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l49
		local.get $l27
		i32.const 3
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l50
		local.get $l27
		i32.const 3
		i32.mul
		local.get $l28
		i32.const 2
		i32.mul
		i32.add
		local.set $l51
		local.get $l27
		i32.const 3
		i32.mul
		local.get $l28
		i32.const 3
		i32.mul
		i32.add
		local.set $l52
		f32.const 2
		f32x4.splat
		local.set $l129
		f32.const -2
		f32x4.splat
		local.set $l130
		f32.const 4
		f32x4.splat
		local.set $l131
		f32.const -4
		f32x4.splat
		local.set $l132
		f32.const 8
		f32x4.splat
		local.set $l133
		f32.const -8
		f32x4.splat
		local.set $l134
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l137
				local.get $l137
				local.get $T
				i32.const 8
				i32.add
				i32.const 1
				i32.sub
				i32.const 8
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l137
				i32.const 8
				i32.mul
				local.set $l135
				local.get $l135
				i32.const 8
				i32.add
				local.get $T
				local.get $l135
				i32.const 8
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l136
				local.get $l135
				local.set $l17
				block
					loop
						local.get $l17
						local.get $l136
						i32.ge_s
						br_if 1
						local.get $t0
						local.get $l17
						i32.add
						local.set $l18
						local.get $l18
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l19
						local.get $l18
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						i32.const 2
						i32.shl
						local.set $l20
						local.get $l18
						local.get $TW
						i32.rem_s
						i32.const 2
						i32.shl
						local.set $l21
						local.get $l20
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l29
						local.get $l21
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l33
						local.get $l20
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l30
						local.get $l21
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l34
						local.get $l20
						i32.const 2
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l31
						local.get $l21
						i32.const 2
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l35
						local.get $l20
						i32.const 3
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l32
						local.get $l21
						i32.const 3
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l36
						local.get $l32
						local.get $l36
						i32.and
						local.set $l22
						local.get $m
						local.get $l17
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l23
						local.get $y
						local.get $l19
						local.get $OH
						i32.mul
						local.get $l20
						i32.add
						local.get $OW
						i32.mul
						local.get $l21
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l24
						i32.const 0
						local.set $l25
						block
							loop
								local.get $l25
								local.get $l28
								i32.ge_s
								br_if 1
								local.get $l23
								local.get $l25
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l53
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l54
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l55
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l56
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l57
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l58
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l59
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l60
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l61
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l62
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l63
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l64
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l65
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l66
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l67
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l68
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l69
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l70
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l71
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l72
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l73
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l74
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l75
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l76
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l77
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l78
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l79
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l80
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l81
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l82
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l83
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l84
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l85
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l86
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l87
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l88
								local.get $l53
								local.get $l59
								f32x4.add
								local.get $l65
								f32x4.add
								local.get $l71
								f32x4.add
								local.get $l77
								f32x4.add
								local.set $l89
								local.get $l54
								local.get $l60
								f32x4.add
								local.get $l66
								f32x4.add
								local.get $l72
								f32x4.add
								local.get $l78
								f32x4.add
								local.set $l90
								local.get $l55
								local.get $l61
								f32x4.add
								local.get $l67
								f32x4.add
								local.get $l73
								f32x4.add
								local.get $l79
								f32x4.add
								local.set $l91
								local.get $l56
								local.get $l62
								f32x4.add
								local.get $l68
								f32x4.add
								local.get $l74
								f32x4.add
								local.get $l80
								f32x4.add
								local.set $l92
								local.get $l57
								local.get $l63
								f32x4.add
								local.get $l69
								f32x4.add
								local.get $l75
								f32x4.add
								local.get $l81
								f32x4.add
								local.set $l93
								local.get $l58
								local.get $l64
								f32x4.add
								local.get $l70
								f32x4.add
								local.get $l76
								f32x4.add
								local.get $l82
								f32x4.add
								local.set $l94
								local.get $l89
								local.get $l90
								f32x4.add
								local.get $l91
								f32x4.add
								local.get $l92
								f32x4.add
								local.get $l93
								f32x4.add
								local.set $l113
								local.get $l90
								local.get $l91
								f32x4.sub
								local.get $l92
								local.get $l93
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l114
								local.get $l90
								local.get $l91
								f32x4.add
								local.get $l92
								local.get $l93
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l115
								local.get $l90
								local.get $l91
								f32x4.sub
								local.get $l94
								f32x4.add
								local.get $l92
								local.get $l93
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l116
								local.get $l59
								local.get $l65
								f32x4.sub
								local.get $l71
								local.get $l77
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l95
								local.get $l60
								local.get $l66
								f32x4.sub
								local.get $l72
								local.get $l78
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l96
								local.get $l61
								local.get $l67
								f32x4.sub
								local.get $l73
								local.get $l79
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l97
								local.get $l62
								local.get $l68
								f32x4.sub
								local.get $l74
								local.get $l80
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l98
								local.get $l63
								local.get $l69
								f32x4.sub
								local.get $l75
								local.get $l81
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l99
								local.get $l64
								local.get $l70
								f32x4.sub
								local.get $l76
								local.get $l82
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l100
								local.get $l95
								local.get $l96
								f32x4.add
								local.get $l97
								f32x4.add
								local.get $l98
								f32x4.add
								local.get $l99
								f32x4.add
								local.set $l117
								local.get $l96
								local.get $l97
								f32x4.sub
								local.get $l98
								local.get $l99
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l118
								local.get $l96
								local.get $l97
								f32x4.add
								local.get $l98
								local.get $l99
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l119
								local.get $l96
								local.get $l97
								f32x4.sub
								local.get $l100
								f32x4.add
								local.get $l98
								local.get $l99
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l120
								local.get $l59
								local.get $l65
								f32x4.add
								local.get $l71
								local.get $l77
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l101
								local.get $l60
								local.get $l66
								f32x4.add
								local.get $l72
								local.get $l78
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l102
								local.get $l61
								local.get $l67
								f32x4.add
								local.get $l73
								local.get $l79
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l103
								local.get $l62
								local.get $l68
								f32x4.add
								local.get $l74
								local.get $l80
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l104
								local.get $l63
								local.get $l69
								f32x4.add
								local.get $l75
								local.get $l81
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l105
								local.get $l64
								local.get $l70
								f32x4.add
								local.get $l76
								local.get $l82
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l106
								local.get $l101
								local.get $l102
								f32x4.add
								local.get $l103
								f32x4.add
								local.get $l104
								f32x4.add
								local.get $l105
								f32x4.add
								local.set $l121
								local.get $l102
								local.get $l103
								f32x4.sub
								local.get $l104
								local.get $l105
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l122
								local.get $l102
								local.get $l103
								f32x4.add
								local.get $l104
								local.get $l105
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l123
								local.get $l102
								local.get $l103
								f32x4.sub
								local.get $l106
								f32x4.add
								local.get $l104
								local.get $l105
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l124
								local.get $l59
								local.get $l65
								f32x4.sub
								local.get $l83
								f32x4.add
								local.get $l71
								local.get $l77
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l107
								local.get $l60
								local.get $l66
								f32x4.sub
								local.get $l84
								f32x4.add
								local.get $l72
								local.get $l78
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l108
								local.get $l61
								local.get $l67
								f32x4.sub
								local.get $l85
								f32x4.add
								local.get $l73
								local.get $l79
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l109
								local.get $l62
								local.get $l68
								f32x4.sub
								local.get $l86
								f32x4.add
								local.get $l74
								local.get $l80
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l110
								local.get $l63
								local.get $l69
								f32x4.sub
								local.get $l87
								f32x4.add
								local.get $l75
								local.get $l81
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l111
								local.get $l64
								local.get $l70
								f32x4.sub
								local.get $l88
								f32x4.add
								local.get $l76
								local.get $l82
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l112
								local.get $l107
								local.get $l108
								f32x4.add
								local.get $l109
								f32x4.add
								local.get $l110
								f32x4.add
								local.get $l111
								f32x4.add
								local.set $l125
								local.get $l108
								local.get $l109
								f32x4.sub
								local.get $l110
								local.get $l111
								f32x4.sub
								local.get $l129
								f32x4.mul
								f32x4.add
								local.set $l126
								local.get $l108
								local.get $l109
								f32x4.add
								local.get $l110
								local.get $l111
								f32x4.add
								local.get $l131
								f32x4.mul
								f32x4.add
								local.set $l127
								local.get $l108
								local.get $l109
								f32x4.sub
								local.get $l112
								f32x4.add
								local.get $l110
								local.get $l111
								f32x4.sub
								local.get $l133
								f32x4.mul
								f32x4.add
								local.set $l128
								local.get $scale
								if
									local.get $scale
									local.get $l25
									i32.add
									v128.load align=16
									local.set $l14
									local.get $shift
									local.get $l25
									i32.add
									v128.load align=16
									local.set $l15
								end
								local.get $l24
								local.get $l25
								i32.add
								local.set $l26
								local.get $l22
								if
									local.get $scale
									if
										local.get $l113
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l113
										local.get $l114
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l114
										local.get $l115
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l115
										local.get $l116
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l116
										local.get $l117
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l117
										local.get $l118
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l118
										local.get $l119
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l119
										local.get $l120
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l120
										local.get $l121
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l121
										local.get $l122
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l122
										local.get $l123
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l123
										local.get $l124
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l124
										local.get $l125
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l125
										local.get $l126
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l126
										local.get $l127
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l127
										local.get $l128
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l128
										local.get $res
										if
											local.get $l113
											local.get $l26
											local.get $l37
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l113
											local.get $l114
											local.get $l26
											local.get $l38
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l114
											local.get $l115
											local.get $l26
											local.get $l39
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l115
											local.get $l116
											local.get $l26
											local.get $l40
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l116
											local.get $l117
											local.get $l26
											local.get $l41
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l117
											local.get $l118
											local.get $l26
											local.get $l42
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l118
											local.get $l119
											local.get $l26
											local.get $l43
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l119
											local.get $l120
											local.get $l26
											local.get $l44
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l120
											local.get $l121
											local.get $l26
											local.get $l45
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l121
											local.get $l122
											local.get $l26
											local.get $l46
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l122
											local.get $l123
											local.get $l26
											local.get $l47
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l123
											local.get $l124
											local.get $l26
											local.get $l48
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l124
											local.get $l125
											local.get $l26
											local.get $l49
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l125
											local.get $l126
											local.get $l26
											local.get $l50
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l126
											local.get $l127
											local.get $l26
											local.get $l51
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l127
											local.get $l128
											local.get $l26
											local.get $l52
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l128
										end
										local.get $relu
										if
											local.get $l113
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l113
											local.get $l114
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l114
											local.get $l115
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l115
											local.get $l116
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l116
											local.get $l117
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l117
											local.get $l118
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l118
											local.get $l119
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l119
											local.get $l120
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l120
											local.get $l121
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l121
											local.get $l122
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l122
											local.get $l123
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l123
											local.get $l124
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l124
											local.get $l125
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l125
											local.get $l126
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l126
											local.get $l127
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l127
											local.get $l128
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l128
										end
									end
									local.get $l26
									local.get $l37
									i32.add
									local.get $l113
									v128.store align=16
									local.get $l26
									local.get $l38
									i32.add
									local.get $l114
									v128.store align=16
									local.get $l26
									local.get $l39
									i32.add
									local.get $l115
									v128.store align=16
									local.get $l26
									local.get $l40
									i32.add
									local.get $l116
									v128.store align=16
									local.get $l26
									local.get $l41
									i32.add
									local.get $l117
									v128.store align=16
									local.get $l26
									local.get $l42
									i32.add
									local.get $l118
									v128.store align=16
									local.get $l26
									local.get $l43
									i32.add
									local.get $l119
									v128.store align=16
									local.get $l26
									local.get $l44
									i32.add
									local.get $l120
									v128.store align=16
									local.get $l26
									local.get $l45
									i32.add
									local.get $l121
									v128.store align=16
									local.get $l26
									local.get $l46
									i32.add
									local.get $l122
									v128.store align=16
									local.get $l26
									local.get $l47
									i32.add
									local.get $l123
									v128.store align=16
									local.get $l26
									local.get $l48
									i32.add
									local.get $l124
									v128.store align=16
									local.get $l26
									local.get $l49
									i32.add
									local.get $l125
									v128.store align=16
									local.get $l26
									local.get $l50
									i32.add
									local.get $l126
									v128.store align=16
									local.get $l26
									local.get $l51
									i32.add
									local.get $l127
									v128.store align=16
									local.get $l26
									local.get $l52
									i32.add
									local.get $l128
									v128.store align=16
									else
									local.get $l29
									local.get $l33
									i32.and
									if
										local.get $l26
										local.get $l37
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l113
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l113
											local.get $res
											if
												local.get $l113
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l113
											end
											local.get $relu
											if
												local.get $l113
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l113
											end
										end
										local.get $l16
										local.get $l113
										v128.store align=16
									end
									local.get $l29
									local.get $l34
									i32.and
									if
										local.get $l26
										local.get $l38
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l114
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l114
											local.get $res
											if
												local.get $l114
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l114
											end
											local.get $relu
											if
												local.get $l114
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l114
											end
										end
										local.get $l16
										local.get $l114
										v128.store align=16
									end
									local.get $l29
									local.get $l35
									i32.and
									if
										local.get $l26
										local.get $l39
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l115
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l115
											local.get $res
											if
												local.get $l115
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l115
											end
											local.get $relu
											if
												local.get $l115
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l115
											end
										end
										local.get $l16
										local.get $l115
										v128.store align=16
									end
									local.get $l29
									local.get $l36
									i32.and
									if
										local.get $l26
										local.get $l40
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l116
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l116
											local.get $res
											if
												local.get $l116
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l116
											end
											local.get $relu
											if
												local.get $l116
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l116
											end
										end
										local.get $l16
										local.get $l116
										v128.store align=16
									end
									local.get $l30
									local.get $l33
									i32.and
									if
										local.get $l26
										local.get $l41
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l117
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l117
											local.get $res
											if
												local.get $l117
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l117
											end
											local.get $relu
											if
												local.get $l117
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l117
											end
										end
										local.get $l16
										local.get $l117
										v128.store align=16
									end
									local.get $l30
									local.get $l34
									i32.and
									if
										local.get $l26
										local.get $l42
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l118
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l118
											local.get $res
											if
												local.get $l118
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l118
											end
											local.get $relu
											if
												local.get $l118
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l118
											end
										end
										local.get $l16
										local.get $l118
										v128.store align=16
									end
									local.get $l30
									local.get $l35
									i32.and
									if
										local.get $l26
										local.get $l43
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l119
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l119
											local.get $res
											if
												local.get $l119
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l119
											end
											local.get $relu
											if
												local.get $l119
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l119
											end
										end
										local.get $l16
										local.get $l119
										v128.store align=16
									end
									local.get $l30
									local.get $l36
									i32.and
									if
										local.get $l26
										local.get $l44
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l120
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l120
											local.get $res
											if
												local.get $l120
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l120
											end
											local.get $relu
											if
												local.get $l120
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l120
											end
										end
										local.get $l16
										local.get $l120
										v128.store align=16
									end
									local.get $l31
									local.get $l33
									i32.and
									if
										local.get $l26
										local.get $l45
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l121
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l121
											local.get $res
											if
												local.get $l121
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l121
											end
											local.get $relu
											if
												local.get $l121
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l121
											end
										end
										local.get $l16
										local.get $l121
										v128.store align=16
									end
									local.get $l31
									local.get $l34
									i32.and
									if
										local.get $l26
										local.get $l46
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l122
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l122
											local.get $res
											if
												local.get $l122
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l122
											end
											local.get $relu
											if
												local.get $l122
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l122
											end
										end
										local.get $l16
										local.get $l122
										v128.store align=16
									end
									local.get $l31
									local.get $l35
									i32.and
									if
										local.get $l26
										local.get $l47
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l123
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l123
											local.get $res
											if
												local.get $l123
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l123
											end
											local.get $relu
											if
												local.get $l123
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l123
											end
										end
										local.get $l16
										local.get $l123
										v128.store align=16
									end
									local.get $l31
									local.get $l36
									i32.and
									if
										local.get $l26
										local.get $l48
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l124
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l124
											local.get $res
											if
												local.get $l124
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l124
											end
											local.get $relu
											if
												local.get $l124
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l124
											end
										end
										local.get $l16
										local.get $l124
										v128.store align=16
									end
									local.get $l32
									local.get $l33
									i32.and
									if
										local.get $l26
										local.get $l49
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l125
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l125
											local.get $res
											if
												local.get $l125
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l125
											end
											local.get $relu
											if
												local.get $l125
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l125
											end
										end
										local.get $l16
										local.get $l125
										v128.store align=16
									end
									local.get $l32
									local.get $l34
									i32.and
									if
										local.get $l26
										local.get $l50
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l126
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l126
											local.get $res
											if
												local.get $l126
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l126
											end
											local.get $relu
											if
												local.get $l126
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l126
											end
										end
										local.get $l16
										local.get $l126
										v128.store align=16
									end
									local.get $l32
									local.get $l35
									i32.and
									if
										local.get $l26
										local.get $l51
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l127
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l127
											local.get $res
											if
												local.get $l127
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l127
											end
											local.get $relu
											if
												local.get $l127
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l127
											end
										end
										local.get $l16
										local.get $l127
										v128.store align=16
									end
									local.get $l32
									local.get $l36
									i32.and
									if
										local.get $l26
										local.get $l52
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l128
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l128
											local.get $res
											if
												local.get $l128
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l128
											end
											local.get $relu
											if
												local.get $l128
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l128
											end
										end
										local.get $l16
										local.get $l128
										v128.store align=16
									end
								end
								local.get $l25
								i32.const 16
								i32.add
								local.set $l25
								br 0
							end
						end
						local.get $l17
						i32.const 1
						i32.add
						local.set $l17
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_filter_2s2 (export "wino_filter_2s2") (param $w i32) (param $K i32) (param $C i32) (param $NR i32) (param $dst i32) (param $flip i32) (param $matBytes i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 i32)
    (local $l64 v128)
    (local $l65 v128)
		local.get $C
		i32.const 2
		i32.shl
		local.set $l12
		local.get $l12
		i32.const 9
		i32.mul
		local.set $l13
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l63
				local.get $l63
				local.get $K
				local.get $NR
				i32.add
				i32.const 1
				i32.sub
				local.get $NR
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l8
						block
							loop
								local.get $l8
								local.get $NR
								i32.ge_s
								br_if 1
								local.get $l63
								local.get $NR
								i32.mul
								local.get $l8
								i32.add
								local.set $l9
								local.get $dst
								local.get $l63
								local.get $C
								i32.mul
								local.get $l7
								i32.add
								local.get $NR
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l11
								local.get $l9
								local.get $K
								i32.lt_s
								if
									local.get $flip
									if
										local.get $w
										local.get $l7
										i32.const 9
										i32.mul
										local.get $K
										i32.mul
										local.get $l9
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l10
										local.get $l10
										local.get $K
										i32.const 8
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l14
										local.get $l10
										local.get $K
										i32.const 7
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l15
										local.get $l10
										local.get $K
										i32.const 6
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l16
										local.get $l10
										local.get $K
										i32.const 5
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l17
										local.get $l10
										local.get $K
										i32.const 4
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l18
										local.get $l10
										local.get $K
										i32.const 3
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l19
										local.get $l10
										local.get $K
										i32.const 2
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l20
										local.get $l10
										local.get $K
										i32.const 1
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l21
										local.get $l10
										local.get $K
										i32.const 0
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.set $l22
										else
										local.get $w
										local.get $l9
										i32.const 9
										i32.mul
										local.get $C
										i32.mul
										local.get $l7
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l10
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 0
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l14
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 1
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l15
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 2
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l16
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 3
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l17
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 4
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l18
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 5
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l19
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 6
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l20
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 7
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l21
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 0
										i32.mul
										i32.add
										i32.add
										v128.load32_splat align=4
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 1
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 1
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 2
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 2
										local.get $l10
										local.get $l12
										i32.const 8
										i32.mul
										local.get $l13
										i32.const 3
										i32.mul
										i32.add
										i32.add
										f32.load align=4
										f32x4.replace_lane 3
										local.set $l22
									end
									local.get $l14
									local.set $l23
									local.get $l15
									local.set $l24
									local.get $l16
									local.set $l25
									local.get $l23
									local.set $l38
									local.get $l23
									local.get $l25
									f32x4.add
									local.set $l39
									local.get $l25
									local.set $l40
									local.get $l24
									local.set $l41
									local.get $l24
									local.set $l42
									local.get $l11
									local.get $l38
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l39
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l40
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l41
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l42
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l14
									local.get $l20
									f32x4.add
									local.set $l26
									local.get $l15
									local.get $l21
									f32x4.add
									local.set $l27
									local.get $l16
									local.get $l22
									f32x4.add
									local.set $l28
									local.get $l26
									local.set $l43
									local.get $l26
									local.get $l28
									f32x4.add
									local.set $l44
									local.get $l28
									local.set $l45
									local.get $l27
									local.set $l46
									local.get $l27
									local.set $l47
									local.get $l11
									local.get $l43
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l44
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l45
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l46
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l47
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l20
									local.set $l29
									local.get $l21
									local.set $l30
									local.get $l22
									local.set $l31
									local.get $l29
									local.set $l48
									local.get $l29
									local.get $l31
									f32x4.add
									local.set $l49
									local.get $l31
									local.set $l50
									local.get $l30
									local.set $l51
									local.get $l30
									local.set $l52
									local.get $l11
									local.get $l48
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l49
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l50
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l51
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l52
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l17
									local.set $l32
									local.get $l18
									local.set $l33
									local.get $l19
									local.set $l34
									local.get $l32
									local.set $l53
									local.get $l32
									local.get $l34
									f32x4.add
									local.set $l54
									local.get $l34
									local.set $l55
									local.get $l33
									local.set $l56
									local.get $l33
									local.set $l57
									local.get $l11
									local.get $l53
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l54
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l55
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l56
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l57
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l17
									local.set $l35
									local.get $l18
									local.set $l36
									local.get $l19
									local.set $l37
									local.get $l35
									local.set $l58
									local.get $l35
									local.get $l37
									f32x4.add
									local.set $l59
									local.get $l37
									local.set $l60
									local.get $l36
									local.set $l61
									local.get $l36
									local.set $l62
									local.get $l11
									local.get $l58
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l59
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l60
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l61
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									local.get $l62
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									else
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
									local.get $l11
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									v128.store align=16
									local.get $l11
									local.get $matBytes
									i32.add
									local.set $l11
								end
								local.get $l8
								i32.const 4
								i32.add
								local.set $l8
								br 0
							end
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_input_2s2 (export "wino_input_2s2") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $dst i32) (param $matBytes i32) (param $ld i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 v128)
    (local $l95 v128)
    (local $l96 v128)
    (local $l97 v128)
    (local $l98 v128)
    (local $l99 v128)
    (local $l100 v128)
    (local $l101 v128)
    (local $l102 v128)
    (local $l103 v128)
    (local $l104 v128)
    (local $l105 v128)
    (local $l106 v128)
    (local $l107 v128)
    (local $l108 v128)
    (local $l109 v128)
    (local $l110 v128)
    (local $l111 v128)
    (local $l112 v128)
    (local $l113 v128)
    (local $l114 v128)
    (local $l115 v128)
    (local $l116 v128)
    (local $l117 v128)
    (local $l118 v128)
    (local $l119 v128)
    (local $l120 v128)
    (local $l121 v128)
    (local $l122 v128)
    (local $l123 v128)
    (local $l124 v128)
    (local $l125 v128)
    (local $l126 v128)
    (local $l127 v128)
    (local $l128 v128)
    (local $l129 v128)
    (local $l130 v128)
    (local $l131 v128)
    (local $l132 v128)
    (local $l133 v128)
    (local $l134 v128)
    (local $l135 v128)
    (local $l136 v128)
    (local $l137 v128)
    (local $l138 v128)
    (local $l139 i32)
    (local $l140 i32)
    (local $l141 i32)
    (local $l142 i32)
    (local $l143 i32)
    (local $l144 i32)
    (local $l145 i32)
    (local $l146 i32)
    (local $l147 i32)
    (local $l148 i32)
    (local $l149 i32)
    (local $l150 v128)
    (local $l151 v128)
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l139
		local.get $l139
		i32.const 4
		local.get $l139
		i32.const 4
		i32.gt_s
		select
		local.set $l139
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l142
				local.get $l142
				local.get $T
				local.get $l139
				i32.add
				i32.const 1
				i32.sub
				local.get $l139
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l142
				local.get $l139
				i32.mul
				local.set $l140
				local.get $l140
				local.get $l139
				i32.add
				local.get $T
				local.get $l140
				local.get $l139
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l141
				local.get $l140
				local.get $t0
				i32.add
				local.set $l11
				block
					loop
						local.get $l11
						local.get $l141
						local.get $t0
						i32.add
						i32.ge_s
						br_if 1
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l143
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						local.set $l144
						local.get $l11
						local.get $TW
						i32.rem_s
						local.set $l145
						local.get $l144
						i32.const 2
						i32.shl
						i32.const -1
						i32.add
						local.set $l146
						local.get $l145
						i32.const 2
						i32.shl
						i32.const -1
						i32.add
						local.set $l147
						local.get $x
						local.get $l143
						local.get $H
						i32.mul
						local.get $l146
						i32.add
						local.get $W
						i32.mul
						local.get $l147
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l148
						local.get $l146
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 0
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l14
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l39
						local.get $l146
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 0
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l15
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l40
						local.get $l146
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 0
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l16
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l41
						local.get $l146
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 0
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l17
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l42
						local.get $l146
						i32.const 0
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 0
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l18
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l43
						local.get $l146
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 1
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l19
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l44
						local.get $l146
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 1
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l20
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l45
						local.get $l146
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 1
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l21
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l46
						local.get $l146
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 1
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l22
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l47
						local.get $l146
						i32.const 1
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 1
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l23
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l48
						local.get $l146
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 2
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l24
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l49
						local.get $l146
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 2
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l25
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l50
						local.get $l146
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 2
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l26
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l51
						local.get $l146
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 2
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l27
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l52
						local.get $l146
						i32.const 2
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 2
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l28
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l53
						local.get $l146
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l29
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l54
						local.get $l146
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 3
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l30
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l55
						local.get $l146
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 3
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l31
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l56
						local.get $l146
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 3
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l32
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l57
						local.get $l146
						i32.const 3
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 3
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l33
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l58
						local.get $l146
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 0
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 4
						i32.mul
						i32.const 0
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l34
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l59
						local.get $l146
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 1
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 4
						i32.mul
						i32.const 1
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l35
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l60
						local.get $l146
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 2
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 4
						i32.mul
						i32.const 2
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l36
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l61
						local.get $l146
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 3
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 4
						i32.mul
						i32.const 3
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l37
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l62
						local.get $l146
						i32.const 4
						i32.add
						local.get $H
						i32.lt_u
						local.get $l147
						i32.const 4
						i32.add
						local.get $W
						i32.lt_u
						i32.and
						local.set $l149
						local.get $l148
						local.get $W
						i32.const 4
						i32.mul
						i32.const 4
						i32.add
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $x
						local.get $l149
						select
						local.set $l38
						i32.const 0
						local.get $l149
						i32.sub
						i32x4.splat
						local.set $l63
						i32.const 0
						local.set $l12
						block
							loop
								local.get $l12
								local.get $C
								i32.ge_s
								br_if 1
								local.get $l14
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l39
								v128.and
								local.set $l64
								local.get $l15
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l40
								v128.and
								local.set $l65
								local.get $l16
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l41
								v128.and
								local.set $l66
								local.get $l17
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l42
								v128.and
								local.set $l67
								local.get $l18
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l43
								v128.and
								local.set $l68
								local.get $l19
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l44
								v128.and
								local.set $l69
								local.get $l20
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l45
								v128.and
								local.set $l70
								local.get $l21
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l46
								v128.and
								local.set $l71
								local.get $l22
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l47
								v128.and
								local.set $l72
								local.get $l23
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l48
								v128.and
								local.set $l73
								local.get $l24
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l49
								v128.and
								local.set $l74
								local.get $l25
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l50
								v128.and
								local.set $l75
								local.get $l26
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l51
								v128.and
								local.set $l76
								local.get $l27
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l52
								v128.and
								local.set $l77
								local.get $l28
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l53
								v128.and
								local.set $l78
								local.get $l29
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l54
								v128.and
								local.set $l79
								local.get $l30
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l55
								v128.and
								local.set $l80
								local.get $l31
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l56
								v128.and
								local.set $l81
								local.get $l32
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l57
								v128.and
								local.set $l82
								local.get $l33
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l58
								v128.and
								local.set $l83
								local.get $l34
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l59
								v128.and
								local.set $l84
								local.get $l35
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l60
								v128.and
								local.set $l85
								local.get $l36
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l61
								v128.and
								local.set $l86
								local.get $l37
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l62
								v128.and
								local.set $l87
								local.get $l38
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l63
								v128.and
								local.set $l88
								local.get $dst
								local.get $l11
								local.get $t0
								i32.sub
								local.get $ld
								i32.mul
								local.get $l12
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l13
								local.get $l64
								local.get $l74
								f32x4.sub
								local.set $l89
								local.get $l65
								local.get $l75
								f32x4.sub
								local.set $l90
								local.get $l66
								local.get $l76
								f32x4.sub
								local.set $l91
								local.get $l67
								local.get $l77
								f32x4.sub
								local.set $l92
								local.get $l68
								local.get $l78
								f32x4.sub
								local.set $l93
								local.get $l89
								local.get $l91
								f32x4.sub
								local.set $l114
								local.get $l91
								local.set $l115
								f32.const 0
								f32x4.splat
								local.get $l91
								f32x4.sub
								local.get $l93
								f32x4.add
								local.set $l116
								local.get $l90
								local.set $l117
								local.get $l92
								local.set $l118
								local.get $l13
								local.get $l114
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l115
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l116
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l117
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l118
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l74
								local.set $l94
								local.get $l75
								local.set $l95
								local.get $l76
								local.set $l96
								local.get $l77
								local.set $l97
								local.get $l78
								local.set $l98
								local.get $l94
								local.get $l96
								f32x4.sub
								local.set $l119
								local.get $l96
								local.set $l120
								f32.const 0
								f32x4.splat
								local.get $l96
								f32x4.sub
								local.get $l98
								f32x4.add
								local.set $l121
								local.get $l95
								local.set $l122
								local.get $l97
								local.set $l123
								local.get $l13
								local.get $l119
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l120
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l121
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l122
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l123
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								f32.const 0
								f32x4.splat
								local.get $l74
								f32x4.sub
								local.get $l84
								f32x4.add
								local.set $l99
								f32.const 0
								f32x4.splat
								local.get $l75
								f32x4.sub
								local.get $l85
								f32x4.add
								local.set $l100
								f32.const 0
								f32x4.splat
								local.get $l76
								f32x4.sub
								local.get $l86
								f32x4.add
								local.set $l101
								f32.const 0
								f32x4.splat
								local.get $l77
								f32x4.sub
								local.get $l87
								f32x4.add
								local.set $l102
								f32.const 0
								f32x4.splat
								local.get $l78
								f32x4.sub
								local.get $l88
								f32x4.add
								local.set $l103
								local.get $l99
								local.get $l101
								f32x4.sub
								local.set $l124
								local.get $l101
								local.set $l125
								f32.const 0
								f32x4.splat
								local.get $l101
								f32x4.sub
								local.get $l103
								f32x4.add
								local.set $l126
								local.get $l100
								local.set $l127
								local.get $l102
								local.set $l128
								local.get $l13
								local.get $l124
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l125
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l126
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l127
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l128
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l69
								local.set $l104
								local.get $l70
								local.set $l105
								local.get $l71
								local.set $l106
								local.get $l72
								local.set $l107
								local.get $l73
								local.set $l108
								local.get $l104
								local.get $l106
								f32x4.sub
								local.set $l129
								local.get $l106
								local.set $l130
								f32.const 0
								f32x4.splat
								local.get $l106
								f32x4.sub
								local.get $l108
								f32x4.add
								local.set $l131
								local.get $l105
								local.set $l132
								local.get $l107
								local.set $l133
								local.get $l13
								local.get $l129
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l130
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l131
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l132
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l133
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l79
								local.set $l109
								local.get $l80
								local.set $l110
								local.get $l81
								local.set $l111
								local.get $l82
								local.set $l112
								local.get $l83
								local.set $l113
								local.get $l109
								local.get $l111
								f32x4.sub
								local.set $l134
								local.get $l111
								local.set $l135
								f32.const 0
								f32x4.splat
								local.get $l111
								f32x4.sub
								local.get $l113
								f32x4.add
								local.set $l136
								local.get $l110
								local.set $l137
								local.get $l112
								local.set $l138
								local.get $l13
								local.get $l134
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l135
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l136
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l137
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l138
								v128.store align=16
								local.get $l12
								i32.const 4
								i32.add
								local.set $l12
								br 0
							end
						end
						local.get $l11
						i32.const 1
						i32.add
						local.set $l11
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_output_2s2 (export "wino_output_2s2") (param $m i32) (param $T i32) (param $K i32) (param $OH i32) (param $OW i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $y i32) (param $matBytes i32) (param $scale i32) (param $shift i32) (param $res i32) (param $relu i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 i32)
    (local $l77 i32)
    (local $l78 i32)
    (local $l79 v128)
    (local $l80 v128)
		local.get $K
		i32.const 2
		i32.shl
		local.set $l28
		local.get $OW
		local.get $l28
		i32.mul
		local.set $l27
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l33
		local.get $l27
		i32.const 0
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l34
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 0
		i32.mul
		i32.add
		local.set $l35
		local.get $l27
		i32.const 1
		i32.mul
		local.get $l28
		i32.const 1
		i32.mul
		i32.add
		local.set $l36
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l78
				local.get $l78
				local.get $T
				i32.const 8
				i32.add
				i32.const 1
				i32.sub
				i32.const 8
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l78
				i32.const 8
				i32.mul
				local.set $l76
				local.get $l76
				i32.const 8
				i32.add
				local.get $T
				local.get $l76
				i32.const 8
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l77
				local.get $l76
				local.set $l17
				block
					loop
						local.get $l17
						local.get $l77
						i32.ge_s
						br_if 1
						local.get $t0
						local.get $l17
						i32.add
						local.set $l18
						local.get $l18
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l19
						local.get $l18
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						i32.const 1
						i32.shl
						local.set $l20
						local.get $l18
						local.get $TW
						i32.rem_s
						i32.const 1
						i32.shl
						local.set $l21
						local.get $l20
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l29
						local.get $l21
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l31
						local.get $l20
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_s
						local.set $l30
						local.get $l21
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_s
						local.set $l32
						local.get $l30
						local.get $l32
						i32.and
						local.set $l22
						local.get $m
						local.get $l17
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l23
						local.get $y
						local.get $l19
						local.get $OH
						i32.mul
						local.get $l20
						i32.add
						local.get $OW
						i32.mul
						local.get $l21
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l24
						i32.const 0
						local.set $l25
						block
							loop
								local.get $l25
								local.get $l28
								i32.ge_s
								br_if 1
								local.get $l23
								local.get $l25
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l37
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l38
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l39
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l40
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l41
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l42
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l43
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l44
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l45
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l46
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l47
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l48
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l49
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l50
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l51
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l52
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l53
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l54
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l55
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l56
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l57
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l58
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l59
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l60
								local.get $l26
								local.get $matBytes
								i32.add
								local.set $l26
								local.get $l26
								v128.load align=16
								local.set $l61
								local.get $l37
								local.get $l42
								f32x4.add
								local.get $l52
								f32x4.add
								local.set $l62
								local.get $l38
								local.get $l43
								f32x4.add
								local.get $l53
								f32x4.add
								local.set $l63
								local.get $l39
								local.get $l44
								f32x4.add
								local.get $l54
								f32x4.add
								local.set $l64
								local.get $l40
								local.get $l45
								f32x4.add
								local.get $l55
								f32x4.add
								local.set $l65
								local.get $l41
								local.get $l46
								f32x4.add
								local.get $l56
								f32x4.add
								local.set $l66
								local.get $l62
								local.get $l63
								f32x4.add
								local.get $l65
								f32x4.add
								local.set $l72
								local.get $l63
								local.get $l64
								f32x4.add
								local.get $l66
								f32x4.add
								local.set $l73
								local.get $l42
								local.get $l47
								f32x4.add
								local.get $l57
								f32x4.add
								local.set $l67
								local.get $l43
								local.get $l48
								f32x4.add
								local.get $l58
								f32x4.add
								local.set $l68
								local.get $l44
								local.get $l49
								f32x4.add
								local.get $l59
								f32x4.add
								local.set $l69
								local.get $l45
								local.get $l50
								f32x4.add
								local.get $l60
								f32x4.add
								local.set $l70
								local.get $l46
								local.get $l51
								f32x4.add
								local.get $l61
								f32x4.add
								local.set $l71
								local.get $l67
								local.get $l68
								f32x4.add
								local.get $l70
								f32x4.add
								local.set $l74
								local.get $l68
								local.get $l69
								f32x4.add
								local.get $l71
								f32x4.add
								local.set $l75
								local.get $scale
								if
									local.get $scale
									local.get $l25
									i32.add
									v128.load align=16
									local.set $l14
									local.get $shift
									local.get $l25
									i32.add
									v128.load align=16
									local.set $l15
								end
								local.get $l24
								local.get $l25
								i32.add
								local.set $l26
								local.get $l22
								if
									local.get $scale
									if
										local.get $l72
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l72
										local.get $l73
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l73
										local.get $l74
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l74
										local.get $l75
										local.get $l14
										f32x4.mul
										local.get $l15
										f32x4.add
										local.set $l75
										local.get $res
										if
											local.get $l72
											local.get $l26
											local.get $l33
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l72
											local.get $l73
											local.get $l26
											local.get $l34
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l73
											local.get $l74
											local.get $l26
											local.get $l35
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l74
											local.get $l75
											local.get $l26
											local.get $l36
											i32.add
											local.get $res
											local.get $y
											i32.sub
											i32.add
											v128.load align=16
											f32x4.add
											local.set $l75
										end
										local.get $relu
										if
											local.get $l72
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l72
											local.get $l73
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l73
											local.get $l74
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l74
											local.get $l75
											v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
											f32x4.max
											local.set $l75
										end
									end
									local.get $l26
									local.get $l33
									i32.add
									local.get $l72
									v128.store align=16
									local.get $l26
									local.get $l34
									i32.add
									local.get $l73
									v128.store align=16
									local.get $l26
									local.get $l35
									i32.add
									local.get $l74
									v128.store align=16
									local.get $l26
									local.get $l36
									i32.add
									local.get $l75
									v128.store align=16
									else
									local.get $l29
									local.get $l31
									i32.and
									if
										local.get $l26
										local.get $l33
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l72
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l72
											local.get $res
											if
												local.get $l72
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l72
											end
											local.get $relu
											if
												local.get $l72
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l72
											end
										end
										local.get $l16
										local.get $l72
										v128.store align=16
									end
									local.get $l29
									local.get $l32
									i32.and
									if
										local.get $l26
										local.get $l34
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l73
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l73
											local.get $res
											if
												local.get $l73
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l73
											end
											local.get $relu
											if
												local.get $l73
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l73
											end
										end
										local.get $l16
										local.get $l73
										v128.store align=16
									end
									local.get $l30
									local.get $l31
									i32.and
									if
										local.get $l26
										local.get $l35
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l74
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l74
											local.get $res
											if
												local.get $l74
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l74
											end
											local.get $relu
											if
												local.get $l74
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l74
											end
										end
										local.get $l16
										local.get $l74
										v128.store align=16
									end
									local.get $l30
									local.get $l32
									i32.and
									if
										local.get $l26
										local.get $l36
										i32.add
										local.set $l16
										local.get $scale
										if
											local.get $l75
											local.get $l14
											f32x4.mul
											local.get $l15
											f32x4.add
											local.set $l75
											local.get $res
											if
												local.get $l75
												local.get $l16
												local.get $res
												local.get $y
												i32.sub
												i32.add
												v128.load align=16
												f32x4.add
												local.set $l75
											end
											local.get $relu
											if
												local.get $l75
												v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
												f32x4.max
												local.set $l75
											end
										end
										local.get $l16
										local.get $l75
										v128.store align=16
									end
								end
								local.get $l25
								i32.const 16
								i32.add
								local.set $l25
								br 0
							end
						end
						local.get $l17
						i32.const 1
						i32.add
						local.set $l17
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_taps (export "wino_taps") (param $w i32) (param $K i32) (param $C i32) (param $dst i32)
    (local $l4 i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l7
				local.get $l7
				local.get $K
				i32.const 4
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l4
				block
					loop
						local.get $l4
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l5
						block
							loop
								local.get $l5
								i32.const 9
								i32.ge_s
								br_if 1
								i32.const 0
								local.set $l6
								block
									loop
										local.get $l6
										i32.const 4
										i32.ge_s
										br_if 1
										local.get $dst
										local.get $l7
										local.get $C
										i32.mul
										local.get $l4
										i32.add
										i32.const 9
										i32.mul
										local.get $l5
										i32.add
										i32.const 4
										i32.mul
										local.get $l6
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.get $w
										local.get $l7
										i32.const 4
										i32.mul
										local.get $l6
										i32.add
										i32.const 9
										i32.mul
										local.get $l5
										i32.add
										local.get $C
										i32.mul
										local.get $l4
										i32.add
										i32.const 2
										i32.shl
										i32.add
										f32.load align=4
										f32.store align=4
										local.get $l6
										i32.const 1
										i32.add
										local.set $l6
										br 0
									end
								end
								local.get $l5
								i32.const 1
								i32.add
								local.set $l5
								br 0
							end
						end
						local.get $l4
						i32.const 1
						i32.add
						local.set $l4
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_fused_4_2x16 (export "wino_fused_4_2x16") (param $taps i32) (param $v i32) (param $m i32) (param $T i32) (param $K i32) (param $C i32) (param $matBytesV i32) (param $matBytesM i32) (param $scratch i32) (param $scratch0 i32) (param $bufs i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 i32)
    (local $l90 v128)
    (local $l91 v128)
		local.get $bufs
		local.get $scratch
		local.get $scratch0
		i32.sub
		i32.const 256
		i32.div_u
		i32.const 33024
		i32.const 36
		i32.mul
		i32.mul
		i32.add
		local.set $l11
		f32.const 0.25
		f32x4.splat
		local.set $l81
		f32.const -0.25
		f32x4.splat
		local.set $l82
		f32.const -0.16666667
		f32x4.splat
		local.set $l83
		f32.const 0.16666667
		f32x4.splat
		local.set $l84
		f32.const 0.041666668
		f32x4.splat
		local.set $l85
		f32.const -0.041666668
		f32x4.splat
		local.set $l86
		f32.const 0.083333336
		f32x4.splat
		local.set $l87
		f32.const -0.083333336
		f32x4.splat
		local.set $l88
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l89
				local.get $l89
				local.get $K
				i32.const 16
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l12
				block
					loop
						local.get $l12
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l13
						block
							loop
								local.get $l13
								i32.const 4
								i32.ge_s
								br_if 1
								local.get $taps
								local.get $l89
								i32.const 4
								i32.mul
								local.get $l13
								i32.add
								local.get $C
								i32.mul
								local.get $l12
								i32.add
								i32.const 144
								i32.mul
								i32.add
								local.set $l14
								local.get $l11
								local.get $l12
								i32.const 16
								i32.mul
								local.get $l13
								i32.const 2
								i32.shl
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l15
								local.get $l14
								v128.load align=16
								local.get $l81
								f32x4.mul
								local.set $l27
								local.get $l14
								v128.load offset=16 align=16
								local.get $l81
								f32x4.mul
								local.set $l28
								local.get $l14
								v128.load offset=32 align=16
								local.get $l81
								f32x4.mul
								local.set $l29
								local.get $l27
								local.get $l81
								f32x4.mul
								local.set $l45
								local.get $l27
								local.get $l29
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l28
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l46
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l47
								local.get $l27
								local.get $l85
								f32x4.mul
								local.get $l29
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l28
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l48
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l49
								local.get $l29
								local.set $l50
								local.get $l15
								local.get $l45
								v128.store align=16
								local.get $l15
								local.get $l46
								v128.store offset=33024 align=16
								local.get $l15
								local.get $l47
								v128.store offset=66048 align=16
								local.get $l15
								local.get $l48
								v128.store offset=99072 align=16
								local.get $l15
								local.get $l49
								v128.store offset=132096 align=16
								local.get $l15
								local.get $l50
								v128.store offset=165120 align=16
								local.get $l14
								v128.load align=16
								local.get $l14
								v128.load offset=96 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l30
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l33
								local.get $l14
								v128.load offset=16 align=16
								local.get $l14
								v128.load offset=112 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l31
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l34
								local.get $l14
								v128.load offset=32 align=16
								local.get $l14
								v128.load offset=128 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l32
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l35
								local.get $l30
								local.get $l81
								f32x4.mul
								local.set $l51
								local.get $l30
								local.get $l32
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l31
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l52
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l53
								local.get $l30
								local.get $l85
								f32x4.mul
								local.get $l32
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l31
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l54
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l55
								local.get $l32
								local.set $l56
								local.get $l15
								local.get $l51
								v128.store offset=198144 align=16
								local.get $l15
								local.get $l52
								v128.store offset=231168 align=16
								local.get $l15
								local.get $l53
								v128.store offset=264192 align=16
								local.get $l15
								local.get $l54
								v128.store offset=297216 align=16
								local.get $l15
								local.get $l55
								v128.store offset=330240 align=16
								local.get $l15
								local.get $l56
								v128.store offset=363264 align=16
								local.get $l33
								local.get $l81
								f32x4.mul
								local.set $l57
								local.get $l33
								local.get $l35
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l34
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l58
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l59
								local.get $l33
								local.get $l85
								f32x4.mul
								local.get $l35
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l34
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l60
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l61
								local.get $l35
								local.set $l62
								local.get $l15
								local.get $l57
								v128.store offset=396288 align=16
								local.get $l15
								local.get $l58
								v128.store offset=429312 align=16
								local.get $l15
								local.get $l59
								v128.store offset=462336 align=16
								local.get $l15
								local.get $l60
								v128.store offset=495360 align=16
								local.get $l15
								local.get $l61
								v128.store offset=528384 align=16
								local.get $l15
								local.get $l62
								v128.store offset=561408 align=16
								local.get $l14
								v128.load align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=96 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l36
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l39
								local.get $l14
								v128.load offset=16 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=112 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l37
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l40
								local.get $l14
								v128.load offset=32 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=128 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l38
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l41
								local.get $l36
								local.get $l81
								f32x4.mul
								local.set $l63
								local.get $l36
								local.get $l38
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l37
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l64
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l65
								local.get $l36
								local.get $l85
								f32x4.mul
								local.get $l38
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l37
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l66
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l67
								local.get $l38
								local.set $l68
								local.get $l15
								local.get $l63
								v128.store offset=594432 align=16
								local.get $l15
								local.get $l64
								v128.store offset=627456 align=16
								local.get $l15
								local.get $l65
								v128.store offset=660480 align=16
								local.get $l15
								local.get $l66
								v128.store offset=693504 align=16
								local.get $l15
								local.get $l67
								v128.store offset=726528 align=16
								local.get $l15
								local.get $l68
								v128.store offset=759552 align=16
								local.get $l39
								local.get $l81
								f32x4.mul
								local.set $l69
								local.get $l39
								local.get $l41
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l40
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l70
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l71
								local.get $l39
								local.get $l85
								f32x4.mul
								local.get $l41
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l40
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l72
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l73
								local.get $l41
								local.set $l74
								local.get $l15
								local.get $l69
								v128.store offset=792576 align=16
								local.get $l15
								local.get $l70
								v128.store offset=825600 align=16
								local.get $l15
								local.get $l71
								v128.store offset=858624 align=16
								local.get $l15
								local.get $l72
								v128.store offset=891648 align=16
								local.get $l15
								local.get $l73
								v128.store offset=924672 align=16
								local.get $l15
								local.get $l74
								v128.store offset=957696 align=16
								local.get $l14
								v128.load offset=96 align=16
								local.set $l42
								local.get $l14
								v128.load offset=112 align=16
								local.set $l43
								local.get $l14
								v128.load offset=128 align=16
								local.set $l44
								local.get $l42
								local.get $l81
								f32x4.mul
								local.set $l75
								local.get $l42
								local.get $l44
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l43
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l76
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l77
								local.get $l42
								local.get $l85
								f32x4.mul
								local.get $l44
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l43
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l78
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l79
								local.get $l44
								local.set $l80
								local.get $l15
								local.get $l75
								v128.store offset=990720 align=16
								local.get $l15
								local.get $l76
								v128.store offset=1023744 align=16
								local.get $l15
								local.get $l77
								v128.store offset=1056768 align=16
								local.get $l15
								local.get $l78
								v128.store offset=1089792 align=16
								local.get $l15
								local.get $l79
								v128.store offset=1122816 align=16
								local.get $l15
								local.get $l80
								v128.store offset=1155840 align=16
								local.get $l13
								i32.const 1
								i32.add
								local.set $l13
								br 0
							end
						end
						local.get $l12
						i32.const 1
						i32.add
						local.set $l12
						br 0
					end
				end
				i32.const 0
				local.set $l16
				block
					loop
						local.get $l16
						i32.const 36
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l17
						block
							loop
								local.get $l17
								local.get $C
								i32.ge_s
								br_if 1
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.lt_s
								select
								local.set $l18
								local.get $l17
								i32.const 0
								i32.gt_s
								local.set $l19
								local.get $l11
								local.get $l16
								i32.const 33024
								i32.mul
								i32.add
								local.get $l17
								i32.const 16
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l23
								i32.const 0
								local.set $l20
								block
									loop
										local.get $l20
										local.get $T
										i32.const 2
										i32.add
										i32.const 1
										i32.sub
										i32.const 2
										i32.div_s
										i32.ge_s
										br_if 1
										i32.const 2
										local.get $T
										local.get $l20
										i32.const 2
										i32.mul
										i32.sub
										i32.const 2
										local.get $T
										local.get $l20
										i32.const 2
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l21
										local.get $l16
										local.get $matBytesV
										i32.mul
										local.get $v
										local.get $l20
										i32.const 2
										i32.mul
										local.get $C
										i32.mul
										local.get $l17
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l22
										local.get $l16
										local.get $matBytesM
										i32.mul
										local.get $m
										local.get $l20
										i32.const 2
										i32.mul
										local.get $K
										i32.mul
										local.get $l89
										i32.const 16
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l24
										local.get $l21
										i32.const 2
										i32.eq
										i32.const 16
										i32.const 16
										i32.eq
										i32.and
										if
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $l24
											local.get $K
											i32.const 2
											i32.shl
											local.get $l19
											call $micro_rm_2x16
											else
											local.get $l19
											if
												i32.const 0
												local.set $l25
												block
													loop
														local.get $l25
														local.get $l21
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l26
														block
															loop
																local.get $l26
																i32.const 16
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l25
																i32.const 16
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l24
																local.get $l25
																local.get $K
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l26
																i32.const 1
																i32.add
																local.set $l26
																br 0
															end
														end
														local.get $l25
														i32.const 1
														i32.add
														local.set $l25
														br 0
													end
												end
											end
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $scratch
											i32.const 64
											local.get $l19
											call $micro_rm_2x16
											i32.const 0
											local.set $l25
											block
												loop
													local.get $l25
													local.get $l21
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l26
													block
														loop
															local.get $l26
															i32.const 16
															i32.ge_s
															br_if 1
															local.get $l24
															local.get $l25
															local.get $K
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l25
															i32.const 16
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l26
															i32.const 1
															i32.add
															local.set $l26
															br 0
														end
													end
													local.get $l25
													i32.const 1
													i32.add
													local.set $l25
													br 0
												end
											end
										end
										local.get $l20
										i32.const 1
										i32.add
										local.set $l20
										br 0
									end
								end
								local.get $l17
								i32.const 256
								i32.add
								local.set $l17
								br 0
							end
						end
						local.get $l16
						i32.const 1
						i32.add
						local.set $l16
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_fused_4_4x8 (export "wino_fused_4_4x8") (param $taps i32) (param $v i32) (param $m i32) (param $T i32) (param $K i32) (param $C i32) (param $matBytesV i32) (param $matBytesM i32) (param $scratch i32) (param $scratch0 i32) (param $bufs i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 i32)
    (local $l90 v128)
    (local $l91 v128)
		local.get $bufs
		local.get $scratch
		local.get $scratch0
		i32.sub
		i32.const 256
		i32.div_u
		i32.const 33024
		i32.const 36
		i32.mul
		i32.mul
		i32.add
		local.set $l11
		f32.const 0.25
		f32x4.splat
		local.set $l81
		f32.const -0.25
		f32x4.splat
		local.set $l82
		f32.const -0.16666667
		f32x4.splat
		local.set $l83
		f32.const 0.16666667
		f32x4.splat
		local.set $l84
		f32.const 0.041666668
		f32x4.splat
		local.set $l85
		f32.const -0.041666668
		f32x4.splat
		local.set $l86
		f32.const 0.083333336
		f32x4.splat
		local.set $l87
		f32.const -0.083333336
		f32x4.splat
		local.set $l88
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l89
				local.get $l89
				local.get $K
				i32.const 8
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l12
				block
					loop
						local.get $l12
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l13
						block
							loop
								local.get $l13
								i32.const 2
								i32.ge_s
								br_if 1
								local.get $taps
								local.get $l89
								i32.const 2
								i32.mul
								local.get $l13
								i32.add
								local.get $C
								i32.mul
								local.get $l12
								i32.add
								i32.const 144
								i32.mul
								i32.add
								local.set $l14
								local.get $l11
								local.get $l12
								i32.const 8
								i32.mul
								local.get $l13
								i32.const 2
								i32.shl
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l15
								local.get $l14
								v128.load align=16
								local.get $l81
								f32x4.mul
								local.set $l27
								local.get $l14
								v128.load offset=16 align=16
								local.get $l81
								f32x4.mul
								local.set $l28
								local.get $l14
								v128.load offset=32 align=16
								local.get $l81
								f32x4.mul
								local.set $l29
								local.get $l27
								local.get $l81
								f32x4.mul
								local.set $l45
								local.get $l27
								local.get $l29
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l28
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l46
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l47
								local.get $l27
								local.get $l85
								f32x4.mul
								local.get $l29
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l28
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l48
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l49
								local.get $l29
								local.set $l50
								local.get $l15
								local.get $l45
								v128.store align=16
								local.get $l15
								local.get $l46
								v128.store offset=33024 align=16
								local.get $l15
								local.get $l47
								v128.store offset=66048 align=16
								local.get $l15
								local.get $l48
								v128.store offset=99072 align=16
								local.get $l15
								local.get $l49
								v128.store offset=132096 align=16
								local.get $l15
								local.get $l50
								v128.store offset=165120 align=16
								local.get $l14
								v128.load align=16
								local.get $l14
								v128.load offset=96 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l30
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l33
								local.get $l14
								v128.load offset=16 align=16
								local.get $l14
								v128.load offset=112 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l31
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l34
								local.get $l14
								v128.load offset=32 align=16
								local.get $l14
								v128.load offset=128 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l32
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l35
								local.get $l30
								local.get $l81
								f32x4.mul
								local.set $l51
								local.get $l30
								local.get $l32
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l31
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l52
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l53
								local.get $l30
								local.get $l85
								f32x4.mul
								local.get $l32
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l31
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l54
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l55
								local.get $l32
								local.set $l56
								local.get $l15
								local.get $l51
								v128.store offset=198144 align=16
								local.get $l15
								local.get $l52
								v128.store offset=231168 align=16
								local.get $l15
								local.get $l53
								v128.store offset=264192 align=16
								local.get $l15
								local.get $l54
								v128.store offset=297216 align=16
								local.get $l15
								local.get $l55
								v128.store offset=330240 align=16
								local.get $l15
								local.get $l56
								v128.store offset=363264 align=16
								local.get $l33
								local.get $l81
								f32x4.mul
								local.set $l57
								local.get $l33
								local.get $l35
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l34
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l58
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l59
								local.get $l33
								local.get $l85
								f32x4.mul
								local.get $l35
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l34
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l60
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l61
								local.get $l35
								local.set $l62
								local.get $l15
								local.get $l57
								v128.store offset=396288 align=16
								local.get $l15
								local.get $l58
								v128.store offset=429312 align=16
								local.get $l15
								local.get $l59
								v128.store offset=462336 align=16
								local.get $l15
								local.get $l60
								v128.store offset=495360 align=16
								local.get $l15
								local.get $l61
								v128.store offset=528384 align=16
								local.get $l15
								local.get $l62
								v128.store offset=561408 align=16
								local.get $l14
								v128.load align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=96 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l36
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l39
								local.get $l14
								v128.load offset=16 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=112 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l37
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l40
								local.get $l14
								v128.load offset=32 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=128 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l38
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l41
								local.get $l36
								local.get $l81
								f32x4.mul
								local.set $l63
								local.get $l36
								local.get $l38
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l37
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l64
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l65
								local.get $l36
								local.get $l85
								f32x4.mul
								local.get $l38
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l37
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l66
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l67
								local.get $l38
								local.set $l68
								local.get $l15
								local.get $l63
								v128.store offset=594432 align=16
								local.get $l15
								local.get $l64
								v128.store offset=627456 align=16
								local.get $l15
								local.get $l65
								v128.store offset=660480 align=16
								local.get $l15
								local.get $l66
								v128.store offset=693504 align=16
								local.get $l15
								local.get $l67
								v128.store offset=726528 align=16
								local.get $l15
								local.get $l68
								v128.store offset=759552 align=16
								local.get $l39
								local.get $l81
								f32x4.mul
								local.set $l69
								local.get $l39
								local.get $l41
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l40
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l70
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l71
								local.get $l39
								local.get $l85
								f32x4.mul
								local.get $l41
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l40
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l72
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l73
								local.get $l41
								local.set $l74
								local.get $l15
								local.get $l69
								v128.store offset=792576 align=16
								local.get $l15
								local.get $l70
								v128.store offset=825600 align=16
								local.get $l15
								local.get $l71
								v128.store offset=858624 align=16
								local.get $l15
								local.get $l72
								v128.store offset=891648 align=16
								local.get $l15
								local.get $l73
								v128.store offset=924672 align=16
								local.get $l15
								local.get $l74
								v128.store offset=957696 align=16
								local.get $l14
								v128.load offset=96 align=16
								local.set $l42
								local.get $l14
								v128.load offset=112 align=16
								local.set $l43
								local.get $l14
								v128.load offset=128 align=16
								local.set $l44
								local.get $l42
								local.get $l81
								f32x4.mul
								local.set $l75
								local.get $l42
								local.get $l44
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l43
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l76
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l77
								local.get $l42
								local.get $l85
								f32x4.mul
								local.get $l44
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l43
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l78
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l79
								local.get $l44
								local.set $l80
								local.get $l15
								local.get $l75
								v128.store offset=990720 align=16
								local.get $l15
								local.get $l76
								v128.store offset=1023744 align=16
								local.get $l15
								local.get $l77
								v128.store offset=1056768 align=16
								local.get $l15
								local.get $l78
								v128.store offset=1089792 align=16
								local.get $l15
								local.get $l79
								v128.store offset=1122816 align=16
								local.get $l15
								local.get $l80
								v128.store offset=1155840 align=16
								local.get $l13
								i32.const 1
								i32.add
								local.set $l13
								br 0
							end
						end
						local.get $l12
						i32.const 1
						i32.add
						local.set $l12
						br 0
					end
				end
				i32.const 0
				local.set $l16
				block
					loop
						local.get $l16
						i32.const 36
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l17
						block
							loop
								local.get $l17
								local.get $C
								i32.ge_s
								br_if 1
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.lt_s
								select
								local.set $l18
								local.get $l17
								i32.const 0
								i32.gt_s
								local.set $l19
								local.get $l11
								local.get $l16
								i32.const 33024
								i32.mul
								i32.add
								local.get $l17
								i32.const 8
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l23
								i32.const 0
								local.set $l20
								block
									loop
										local.get $l20
										local.get $T
										i32.const 4
										i32.add
										i32.const 1
										i32.sub
										i32.const 4
										i32.div_s
										i32.ge_s
										br_if 1
										i32.const 4
										local.get $T
										local.get $l20
										i32.const 4
										i32.mul
										i32.sub
										i32.const 4
										local.get $T
										local.get $l20
										i32.const 4
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l21
										local.get $l16
										local.get $matBytesV
										i32.mul
										local.get $v
										local.get $l20
										i32.const 4
										i32.mul
										local.get $C
										i32.mul
										local.get $l17
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l22
										local.get $l16
										local.get $matBytesM
										i32.mul
										local.get $m
										local.get $l20
										i32.const 4
										i32.mul
										local.get $K
										i32.mul
										local.get $l89
										i32.const 8
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l24
										local.get $l21
										i32.const 4
										i32.eq
										i32.const 8
										i32.const 8
										i32.eq
										i32.and
										if
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $l24
											local.get $K
											i32.const 2
											i32.shl
											local.get $l19
											call $micro_rm_4x8
											else
											local.get $l19
											if
												i32.const 0
												local.set $l25
												block
													loop
														local.get $l25
														local.get $l21
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l26
														block
															loop
																local.get $l26
																i32.const 8
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l25
																i32.const 8
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l24
																local.get $l25
																local.get $K
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l26
																i32.const 1
																i32.add
																local.set $l26
																br 0
															end
														end
														local.get $l25
														i32.const 1
														i32.add
														local.set $l25
														br 0
													end
												end
											end
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $scratch
											i32.const 32
											local.get $l19
											call $micro_rm_4x8
											i32.const 0
											local.set $l25
											block
												loop
													local.get $l25
													local.get $l21
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l26
													block
														loop
															local.get $l26
															i32.const 8
															i32.ge_s
															br_if 1
															local.get $l24
															local.get $l25
															local.get $K
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l25
															i32.const 8
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l26
															i32.const 1
															i32.add
															local.set $l26
															br 0
														end
													end
													local.get $l25
													i32.const 1
													i32.add
													local.set $l25
													br 0
												end
											end
										end
										local.get $l20
										i32.const 1
										i32.add
										local.set $l20
										br 0
									end
								end
								local.get $l17
								i32.const 256
								i32.add
								local.set $l17
								br 0
							end
						end
						local.get $l16
						i32.const 1
						i32.add
						local.set $l16
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_fused_4_4x16 (export "wino_fused_4_4x16") (param $taps i32) (param $v i32) (param $m i32) (param $T i32) (param $K i32) (param $C i32) (param $matBytesV i32) (param $matBytesM i32) (param $scratch i32) (param $scratch0 i32) (param $bufs i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 i32)
    (local $l90 v128)
    (local $l91 v128)
		local.get $bufs
		local.get $scratch
		local.get $scratch0
		i32.sub
		i32.const 256
		i32.div_u
		i32.const 33024
		i32.const 36
		i32.mul
		i32.mul
		i32.add
		local.set $l11
		f32.const 0.25
		f32x4.splat
		local.set $l81
		f32.const -0.25
		f32x4.splat
		local.set $l82
		f32.const -0.16666667
		f32x4.splat
		local.set $l83
		f32.const 0.16666667
		f32x4.splat
		local.set $l84
		f32.const 0.041666668
		f32x4.splat
		local.set $l85
		f32.const -0.041666668
		f32x4.splat
		local.set $l86
		f32.const 0.083333336
		f32x4.splat
		local.set $l87
		f32.const -0.083333336
		f32x4.splat
		local.set $l88
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l89
				local.get $l89
				local.get $K
				i32.const 16
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l12
				block
					loop
						local.get $l12
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l13
						block
							loop
								local.get $l13
								i32.const 4
								i32.ge_s
								br_if 1
								local.get $taps
								local.get $l89
								i32.const 4
								i32.mul
								local.get $l13
								i32.add
								local.get $C
								i32.mul
								local.get $l12
								i32.add
								i32.const 144
								i32.mul
								i32.add
								local.set $l14
								local.get $l11
								local.get $l12
								i32.const 16
								i32.mul
								local.get $l13
								i32.const 2
								i32.shl
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l15
								local.get $l14
								v128.load align=16
								local.get $l81
								f32x4.mul
								local.set $l27
								local.get $l14
								v128.load offset=16 align=16
								local.get $l81
								f32x4.mul
								local.set $l28
								local.get $l14
								v128.load offset=32 align=16
								local.get $l81
								f32x4.mul
								local.set $l29
								local.get $l27
								local.get $l81
								f32x4.mul
								local.set $l45
								local.get $l27
								local.get $l29
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l28
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l46
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l47
								local.get $l27
								local.get $l85
								f32x4.mul
								local.get $l29
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l28
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l48
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l49
								local.get $l29
								local.set $l50
								local.get $l15
								local.get $l45
								v128.store align=16
								local.get $l15
								local.get $l46
								v128.store offset=33024 align=16
								local.get $l15
								local.get $l47
								v128.store offset=66048 align=16
								local.get $l15
								local.get $l48
								v128.store offset=99072 align=16
								local.get $l15
								local.get $l49
								v128.store offset=132096 align=16
								local.get $l15
								local.get $l50
								v128.store offset=165120 align=16
								local.get $l14
								v128.load align=16
								local.get $l14
								v128.load offset=96 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l30
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l33
								local.get $l14
								v128.load offset=16 align=16
								local.get $l14
								v128.load offset=112 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l31
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l34
								local.get $l14
								v128.load offset=32 align=16
								local.get $l14
								v128.load offset=128 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l32
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l35
								local.get $l30
								local.get $l81
								f32x4.mul
								local.set $l51
								local.get $l30
								local.get $l32
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l31
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l52
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l53
								local.get $l30
								local.get $l85
								f32x4.mul
								local.get $l32
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l31
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l54
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l55
								local.get $l32
								local.set $l56
								local.get $l15
								local.get $l51
								v128.store offset=198144 align=16
								local.get $l15
								local.get $l52
								v128.store offset=231168 align=16
								local.get $l15
								local.get $l53
								v128.store offset=264192 align=16
								local.get $l15
								local.get $l54
								v128.store offset=297216 align=16
								local.get $l15
								local.get $l55
								v128.store offset=330240 align=16
								local.get $l15
								local.get $l56
								v128.store offset=363264 align=16
								local.get $l33
								local.get $l81
								f32x4.mul
								local.set $l57
								local.get $l33
								local.get $l35
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l34
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l58
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l59
								local.get $l33
								local.get $l85
								f32x4.mul
								local.get $l35
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l34
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l60
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l61
								local.get $l35
								local.set $l62
								local.get $l15
								local.get $l57
								v128.store offset=396288 align=16
								local.get $l15
								local.get $l58
								v128.store offset=429312 align=16
								local.get $l15
								local.get $l59
								v128.store offset=462336 align=16
								local.get $l15
								local.get $l60
								v128.store offset=495360 align=16
								local.get $l15
								local.get $l61
								v128.store offset=528384 align=16
								local.get $l15
								local.get $l62
								v128.store offset=561408 align=16
								local.get $l14
								v128.load align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=96 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l36
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l39
								local.get $l14
								v128.load offset=16 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=112 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l37
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l40
								local.get $l14
								v128.load offset=32 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=128 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l38
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l41
								local.get $l36
								local.get $l81
								f32x4.mul
								local.set $l63
								local.get $l36
								local.get $l38
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l37
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l64
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l65
								local.get $l36
								local.get $l85
								f32x4.mul
								local.get $l38
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l37
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l66
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l67
								local.get $l38
								local.set $l68
								local.get $l15
								local.get $l63
								v128.store offset=594432 align=16
								local.get $l15
								local.get $l64
								v128.store offset=627456 align=16
								local.get $l15
								local.get $l65
								v128.store offset=660480 align=16
								local.get $l15
								local.get $l66
								v128.store offset=693504 align=16
								local.get $l15
								local.get $l67
								v128.store offset=726528 align=16
								local.get $l15
								local.get $l68
								v128.store offset=759552 align=16
								local.get $l39
								local.get $l81
								f32x4.mul
								local.set $l69
								local.get $l39
								local.get $l41
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l40
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l70
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l71
								local.get $l39
								local.get $l85
								f32x4.mul
								local.get $l41
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l40
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l72
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l73
								local.get $l41
								local.set $l74
								local.get $l15
								local.get $l69
								v128.store offset=792576 align=16
								local.get $l15
								local.get $l70
								v128.store offset=825600 align=16
								local.get $l15
								local.get $l71
								v128.store offset=858624 align=16
								local.get $l15
								local.get $l72
								v128.store offset=891648 align=16
								local.get $l15
								local.get $l73
								v128.store offset=924672 align=16
								local.get $l15
								local.get $l74
								v128.store offset=957696 align=16
								local.get $l14
								v128.load offset=96 align=16
								local.set $l42
								local.get $l14
								v128.load offset=112 align=16
								local.set $l43
								local.get $l14
								v128.load offset=128 align=16
								local.set $l44
								local.get $l42
								local.get $l81
								f32x4.mul
								local.set $l75
								local.get $l42
								local.get $l44
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l43
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l76
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l77
								local.get $l42
								local.get $l85
								f32x4.mul
								local.get $l44
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l43
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l78
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l79
								local.get $l44
								local.set $l80
								local.get $l15
								local.get $l75
								v128.store offset=990720 align=16
								local.get $l15
								local.get $l76
								v128.store offset=1023744 align=16
								local.get $l15
								local.get $l77
								v128.store offset=1056768 align=16
								local.get $l15
								local.get $l78
								v128.store offset=1089792 align=16
								local.get $l15
								local.get $l79
								v128.store offset=1122816 align=16
								local.get $l15
								local.get $l80
								v128.store offset=1155840 align=16
								local.get $l13
								i32.const 1
								i32.add
								local.set $l13
								br 0
							end
						end
						local.get $l12
						i32.const 1
						i32.add
						local.set $l12
						br 0
					end
				end
				i32.const 0
				local.set $l16
				block
					loop
						local.get $l16
						i32.const 36
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l17
						block
							loop
								local.get $l17
								local.get $C
								i32.ge_s
								br_if 1
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.lt_s
								select
								local.set $l18
								local.get $l17
								i32.const 0
								i32.gt_s
								local.set $l19
								local.get $l11
								local.get $l16
								i32.const 33024
								i32.mul
								i32.add
								local.get $l17
								i32.const 16
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l23
								i32.const 0
								local.set $l20
								block
									loop
										local.get $l20
										local.get $T
										i32.const 4
										i32.add
										i32.const 1
										i32.sub
										i32.const 4
										i32.div_s
										i32.ge_s
										br_if 1
										i32.const 4
										local.get $T
										local.get $l20
										i32.const 4
										i32.mul
										i32.sub
										i32.const 4
										local.get $T
										local.get $l20
										i32.const 4
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l21
										local.get $l16
										local.get $matBytesV
										i32.mul
										local.get $v
										local.get $l20
										i32.const 4
										i32.mul
										local.get $C
										i32.mul
										local.get $l17
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l22
										local.get $l16
										local.get $matBytesM
										i32.mul
										local.get $m
										local.get $l20
										i32.const 4
										i32.mul
										local.get $K
										i32.mul
										local.get $l89
										i32.const 16
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l24
										local.get $l21
										i32.const 4
										i32.eq
										i32.const 16
										i32.const 16
										i32.eq
										i32.and
										if
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $l24
											local.get $K
											i32.const 2
											i32.shl
											local.get $l19
											call $micro_rm_4x16
											else
											local.get $l19
											if
												i32.const 0
												local.set $l25
												block
													loop
														local.get $l25
														local.get $l21
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l26
														block
															loop
																local.get $l26
																i32.const 16
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l25
																i32.const 16
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l24
																local.get $l25
																local.get $K
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l26
																i32.const 1
																i32.add
																local.set $l26
																br 0
															end
														end
														local.get $l25
														i32.const 1
														i32.add
														local.set $l25
														br 0
													end
												end
											end
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $scratch
											i32.const 64
											local.get $l19
											call $micro_rm_4x16
											i32.const 0
											local.set $l25
											block
												loop
													local.get $l25
													local.get $l21
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l26
													block
														loop
															local.get $l26
															i32.const 16
															i32.ge_s
															br_if 1
															local.get $l24
															local.get $l25
															local.get $K
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l25
															i32.const 16
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l26
															i32.const 1
															i32.add
															local.set $l26
															br 0
														end
													end
													local.get $l25
													i32.const 1
													i32.add
													local.set $l25
													br 0
												end
											end
										end
										local.get $l20
										i32.const 1
										i32.add
										local.set $l20
										br 0
									end
								end
								local.get $l17
								i32.const 256
								i32.add
								local.set $l17
								br 0
							end
						end
						local.get $l16
						i32.const 1
						i32.add
						local.set $l16
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_fused_4_8x8 (export "wino_fused_4_8x8") (param $taps i32) (param $v i32) (param $m i32) (param $T i32) (param $K i32) (param $C i32) (param $matBytesV i32) (param $matBytesM i32) (param $scratch i32) (param $scratch0 i32) (param $bufs i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 i32)
    (local $l90 v128)
    (local $l91 v128)
		local.get $bufs
		local.get $scratch
		local.get $scratch0
		i32.sub
		i32.const 256
		i32.div_u
		i32.const 33024
		i32.const 36
		i32.mul
		i32.mul
		i32.add
		local.set $l11
		f32.const 0.25
		f32x4.splat
		local.set $l81
		f32.const -0.25
		f32x4.splat
		local.set $l82
		f32.const -0.16666667
		f32x4.splat
		local.set $l83
		f32.const 0.16666667
		f32x4.splat
		local.set $l84
		f32.const 0.041666668
		f32x4.splat
		local.set $l85
		f32.const -0.041666668
		f32x4.splat
		local.set $l86
		f32.const 0.083333336
		f32x4.splat
		local.set $l87
		f32.const -0.083333336
		f32x4.splat
		local.set $l88
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l89
				local.get $l89
				local.get $K
				i32.const 8
				i32.div_s
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l12
				block
					loop
						local.get $l12
						local.get $C
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l13
						block
							loop
								local.get $l13
								i32.const 2
								i32.ge_s
								br_if 1
								local.get $taps
								local.get $l89
								i32.const 2
								i32.mul
								local.get $l13
								i32.add
								local.get $C
								i32.mul
								local.get $l12
								i32.add
								i32.const 144
								i32.mul
								i32.add
								local.set $l14
								local.get $l11
								local.get $l12
								i32.const 8
								i32.mul
								local.get $l13
								i32.const 2
								i32.shl
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l15
								local.get $l14
								v128.load align=16
								local.get $l81
								f32x4.mul
								local.set $l27
								local.get $l14
								v128.load offset=16 align=16
								local.get $l81
								f32x4.mul
								local.set $l28
								local.get $l14
								v128.load offset=32 align=16
								local.get $l81
								f32x4.mul
								local.set $l29
								local.get $l27
								local.get $l81
								f32x4.mul
								local.set $l45
								local.get $l27
								local.get $l29
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l28
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l46
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l47
								local.get $l27
								local.get $l85
								f32x4.mul
								local.get $l29
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l28
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l48
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l49
								local.get $l29
								local.set $l50
								local.get $l15
								local.get $l45
								v128.store align=16
								local.get $l15
								local.get $l46
								v128.store offset=33024 align=16
								local.get $l15
								local.get $l47
								v128.store offset=66048 align=16
								local.get $l15
								local.get $l48
								v128.store offset=99072 align=16
								local.get $l15
								local.get $l49
								v128.store offset=132096 align=16
								local.get $l15
								local.get $l50
								v128.store offset=165120 align=16
								local.get $l14
								v128.load align=16
								local.get $l14
								v128.load offset=96 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l30
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l33
								local.get $l14
								v128.load offset=16 align=16
								local.get $l14
								v128.load offset=112 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l31
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l34
								local.get $l14
								v128.load offset=32 align=16
								local.get $l14
								v128.load offset=128 align=16
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l32
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l35
								local.get $l30
								local.get $l81
								f32x4.mul
								local.set $l51
								local.get $l30
								local.get $l32
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l31
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l52
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l53
								local.get $l30
								local.get $l85
								f32x4.mul
								local.get $l32
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l31
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l54
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l55
								local.get $l32
								local.set $l56
								local.get $l15
								local.get $l51
								v128.store offset=198144 align=16
								local.get $l15
								local.get $l52
								v128.store offset=231168 align=16
								local.get $l15
								local.get $l53
								v128.store offset=264192 align=16
								local.get $l15
								local.get $l54
								v128.store offset=297216 align=16
								local.get $l15
								local.get $l55
								v128.store offset=330240 align=16
								local.get $l15
								local.get $l56
								v128.store offset=363264 align=16
								local.get $l33
								local.get $l81
								f32x4.mul
								local.set $l57
								local.get $l33
								local.get $l35
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l34
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l58
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l59
								local.get $l33
								local.get $l85
								f32x4.mul
								local.get $l35
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l34
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l60
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l61
								local.get $l35
								local.set $l62
								local.get $l15
								local.get $l57
								v128.store offset=396288 align=16
								local.get $l15
								local.get $l58
								v128.store offset=429312 align=16
								local.get $l15
								local.get $l59
								v128.store offset=462336 align=16
								local.get $l15
								local.get $l60
								v128.store offset=495360 align=16
								local.get $l15
								local.get $l61
								v128.store offset=528384 align=16
								local.get $l15
								local.get $l62
								v128.store offset=561408 align=16
								local.get $l14
								v128.load align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=96 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=48 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l36
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l39
								local.get $l14
								v128.load offset=16 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=112 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=64 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l37
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l40
								local.get $l14
								v128.load offset=32 align=16
								local.get $l85
								f32x4.mul
								local.get $l14
								v128.load offset=128 align=16
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l14
								v128.load offset=80 align=16
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l38
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l41
								local.get $l36
								local.get $l81
								f32x4.mul
								local.set $l63
								local.get $l36
								local.get $l38
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l37
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l64
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l65
								local.get $l36
								local.get $l85
								f32x4.mul
								local.get $l38
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l37
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l66
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l67
								local.get $l38
								local.set $l68
								local.get $l15
								local.get $l63
								v128.store offset=594432 align=16
								local.get $l15
								local.get $l64
								v128.store offset=627456 align=16
								local.get $l15
								local.get $l65
								v128.store offset=660480 align=16
								local.get $l15
								local.get $l66
								v128.store offset=693504 align=16
								local.get $l15
								local.get $l67
								v128.store offset=726528 align=16
								local.get $l15
								local.get $l68
								v128.store offset=759552 align=16
								local.get $l39
								local.get $l81
								f32x4.mul
								local.set $l69
								local.get $l39
								local.get $l41
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l40
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l70
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l71
								local.get $l39
								local.get $l85
								f32x4.mul
								local.get $l41
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l40
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l72
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l73
								local.get $l41
								local.set $l74
								local.get $l15
								local.get $l69
								v128.store offset=792576 align=16
								local.get $l15
								local.get $l70
								v128.store offset=825600 align=16
								local.get $l15
								local.get $l71
								v128.store offset=858624 align=16
								local.get $l15
								local.get $l72
								v128.store offset=891648 align=16
								local.get $l15
								local.get $l73
								v128.store offset=924672 align=16
								local.get $l15
								local.get $l74
								v128.store offset=957696 align=16
								local.get $l14
								v128.load offset=96 align=16
								local.set $l42
								local.get $l14
								v128.load offset=112 align=16
								local.set $l43
								local.get $l14
								v128.load offset=128 align=16
								local.set $l44
								local.get $l42
								local.get $l81
								f32x4.mul
								local.set $l75
								local.get $l42
								local.get $l44
								f32x4.add
								local.get $l83
								f32x4.mul
								local.set $l90
								local.get $l43
								local.get $l83
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l76
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l77
								local.get $l42
								local.get $l85
								f32x4.mul
								local.get $l44
								local.get $l84
								f32x4.mul
								f32x4.add
								local.set $l90
								local.get $l43
								local.get $l87
								f32x4.mul
								local.set $l91
								local.get $l90
								local.get $l91
								f32x4.add
								local.set $l78
								local.get $l90
								local.get $l91
								f32x4.sub
								local.set $l79
								local.get $l44
								local.set $l80
								local.get $l15
								local.get $l75
								v128.store offset=990720 align=16
								local.get $l15
								local.get $l76
								v128.store offset=1023744 align=16
								local.get $l15
								local.get $l77
								v128.store offset=1056768 align=16
								local.get $l15
								local.get $l78
								v128.store offset=1089792 align=16
								local.get $l15
								local.get $l79
								v128.store offset=1122816 align=16
								local.get $l15
								local.get $l80
								v128.store offset=1155840 align=16
								local.get $l13
								i32.const 1
								i32.add
								local.set $l13
								br 0
							end
						end
						local.get $l12
						i32.const 1
						i32.add
						local.set $l12
						br 0
					end
				end
				i32.const 0
				local.set $l16
				block
					loop
						local.get $l16
						i32.const 36
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l17
						block
							loop
								local.get $l17
								local.get $C
								i32.ge_s
								br_if 1
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.const 256
								local.get $C
								local.get $l17
								i32.sub
								i32.lt_s
								select
								local.set $l18
								local.get $l17
								i32.const 0
								i32.gt_s
								local.set $l19
								local.get $l11
								local.get $l16
								i32.const 33024
								i32.mul
								i32.add
								local.get $l17
								i32.const 8
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l23
								i32.const 0
								local.set $l20
								block
									loop
										local.get $l20
										local.get $T
										i32.const 8
										i32.add
										i32.const 1
										i32.sub
										i32.const 8
										i32.div_s
										i32.ge_s
										br_if 1
										i32.const 8
										local.get $T
										local.get $l20
										i32.const 8
										i32.mul
										i32.sub
										i32.const 8
										local.get $T
										local.get $l20
										i32.const 8
										i32.mul
										i32.sub
										i32.lt_s
										select
										local.set $l21
										local.get $l16
										local.get $matBytesV
										i32.mul
										local.get $v
										local.get $l20
										i32.const 8
										i32.mul
										local.get $C
										i32.mul
										local.get $l17
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l22
										local.get $l16
										local.get $matBytesM
										i32.mul
										local.get $m
										local.get $l20
										i32.const 8
										i32.mul
										local.get $K
										i32.mul
										local.get $l89
										i32.const 8
										i32.mul
										i32.add
										i32.const 2
										i32.shl
										i32.add
										i32.add
										local.set $l24
										local.get $l21
										i32.const 8
										i32.eq
										i32.const 8
										i32.const 8
										i32.eq
										i32.and
										if
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $l24
											local.get $K
											i32.const 2
											i32.shl
											local.get $l19
											call $micro_rm_8x8
											else
											local.get $l19
											if
												i32.const 0
												local.set $l25
												block
													loop
														local.get $l25
														local.get $l21
														i32.ge_s
														br_if 1
														i32.const 0
														local.set $l26
														block
															loop
																local.get $l26
																i32.const 8
																i32.ge_s
																br_if 1
																local.get $scratch
																local.get $l25
																i32.const 8
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																local.get $l24
																local.get $l25
																local.get $K
																i32.mul
																local.get $l26
																i32.add
																i32.const 2
																i32.shl
																i32.add
																f32.load align=4
																f32.store align=4
																local.get $l26
																i32.const 1
																i32.add
																local.set $l26
																br 0
															end
														end
														local.get $l25
														i32.const 1
														i32.add
														local.set $l25
														br 0
													end
												end
											end
											local.get $l22
											local.get $C
											i32.const 2
											i32.shl
											local.get $l21
											local.get $l23
											local.get $l18
											local.get $scratch
											i32.const 32
											local.get $l19
											call $micro_rm_8x8
											i32.const 0
											local.set $l25
											block
												loop
													local.get $l25
													local.get $l21
													i32.ge_s
													br_if 1
													i32.const 0
													local.set $l26
													block
														loop
															local.get $l26
															i32.const 8
															i32.ge_s
															br_if 1
															local.get $l24
															local.get $l25
															local.get $K
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															local.get $scratch
															local.get $l25
															i32.const 8
															i32.mul
															local.get $l26
															i32.add
															i32.const 2
															i32.shl
															i32.add
															f32.load align=4
															f32.store align=4
															local.get $l26
															i32.const 1
															i32.add
															local.set $l26
															br 0
														end
													end
													local.get $l25
													i32.const 1
													i32.add
													local.set $l25
													br 0
												end
											end
										end
										local.get $l20
										i32.const 1
										i32.add
										local.set $l20
										br 0
									end
								end
								local.get $l17
								i32.const 256
								i32.add
								local.set $l17
								br 0
							end
						end
						local.get $l16
						i32.const 1
						i32.add
						local.set $l16
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_dy_2 (export "wino_dy_2") (param $dy i32) (param $OH i32) (param $OW i32) (param $K i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $dst i32) (param $matBytes i32) (param $ld i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 i32)
    (local $l51 i32)
    (local $l52 i32)
    (local $l53 i32)
    (local $l54 i32)
    (local $l55 i32)
    (local $l56 i32)
    (local $l57 i32)
    (local $l58 i32)
    (local $l59 i32)
    (local $l60 i32)
    (local $l61 v128)
    (local $l62 v128)
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l50
		local.get $l50
		i32.const 4
		local.get $l50
		i32.const 4
		i32.gt_s
		select
		local.set $l50
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l53
				local.get $l53
				local.get $T
				local.get $l50
				i32.add
				i32.const 1
				i32.sub
				local.get $l50
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l53
				local.get $l50
				i32.mul
				local.set $l51
				local.get $l51
				local.get $l50
				i32.add
				local.get $T
				local.get $l51
				local.get $l50
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l52
				local.get $l51
				local.get $t0
				i32.add
				local.set $l11
				block
					loop
						local.get $l11
						local.get $l52
						local.get $t0
						i32.add
						i32.ge_s
						br_if 1
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l54
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						local.set $l55
						local.get $l11
						local.get $TW
						i32.rem_s
						local.set $l56
						local.get $l55
						i32.const 1
						i32.shl
						i32.const 0
						i32.add
						local.set $l57
						local.get $l56
						i32.const 1
						i32.shl
						i32.const 0
						i32.add
						local.set $l58
						local.get $dy
						local.get $l54
						local.get $OH
						i32.mul
						local.get $l57
						i32.add
						local.get $OW
						i32.mul
						local.get $l58
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l59
						local.get $l57
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l58
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l60
						local.get $l59
						local.get $OW
						i32.const 0
						i32.mul
						i32.const 0
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l60
						select
						local.set $l14
						i32.const 0
						local.get $l60
						i32.sub
						i32x4.splat
						local.set $l18
						local.get $l57
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l58
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l60
						local.get $l59
						local.get $OW
						i32.const 0
						i32.mul
						i32.const 1
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l60
						select
						local.set $l15
						i32.const 0
						local.get $l60
						i32.sub
						i32x4.splat
						local.set $l19
						local.get $l57
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l58
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l60
						local.get $l59
						local.get $OW
						i32.const 1
						i32.mul
						i32.const 0
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l60
						select
						local.set $l16
						i32.const 0
						local.get $l60
						i32.sub
						i32x4.splat
						local.set $l20
						local.get $l57
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l58
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l60
						local.get $l59
						local.get $OW
						i32.const 1
						i32.mul
						i32.const 1
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l60
						select
						local.set $l17
						i32.const 0
						local.get $l60
						i32.sub
						i32x4.splat
						local.set $l21
						i32.const 0
						local.set $l12
						block
							loop
								local.get $l12
								local.get $K
								i32.ge_s
								br_if 1
								local.get $l14
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l18
								v128.and
								local.set $l22
								local.get $l15
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l19
								v128.and
								local.set $l23
								local.get $l16
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l20
								v128.and
								local.set $l24
								local.get $l17
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l21
								v128.and
								local.set $l25
								local.get $dst
								local.get $l11
								local.get $t0
								i32.sub
								local.get $ld
								i32.mul
								local.get $l12
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l13
								local.get $l22
								local.set $l26
								local.get $l23
								local.set $l27
								local.get $l26
								local.set $l34
								local.get $l26
								local.set $l61
								local.get $l27
								local.set $l62
								local.get $l61
								local.get $l62
								f32x4.add
								local.set $l35
								local.get $l61
								local.get $l62
								f32x4.sub
								local.set $l36
								f32.const 0
								f32x4.splat
								local.get $l27
								f32x4.sub
								local.set $l37
								local.get $l13
								local.get $l34
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l35
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l36
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l37
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l22
								local.set $l61
								local.get $l24
								local.set $l62
								local.get $l61
								local.get $l62
								f32x4.add
								local.set $l28
								local.get $l61
								local.get $l62
								f32x4.sub
								local.set $l30
								local.get $l23
								local.set $l61
								local.get $l25
								local.set $l62
								local.get $l61
								local.get $l62
								f32x4.add
								local.set $l29
								local.get $l61
								local.get $l62
								f32x4.sub
								local.set $l31
								local.get $l28
								local.set $l38
								local.get $l28
								local.set $l61
								local.get $l29
								local.set $l62
								local.get $l61
								local.get $l62
								f32x4.add
								local.set $l39
								local.get $l61
								local.get $l62
								f32x4.sub
								local.set $l40
								f32.const 0
								f32x4.splat
								local.get $l29
								f32x4.sub
								local.set $l41
								local.get $l13
								local.get $l38
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l39
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l40
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l41
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l30
								local.set $l42
								local.get $l30
								local.set $l61
								local.get $l31
								local.set $l62
								local.get $l61
								local.get $l62
								f32x4.add
								local.set $l43
								local.get $l61
								local.get $l62
								f32x4.sub
								local.set $l44
								f32.const 0
								f32x4.splat
								local.get $l31
								f32x4.sub
								local.set $l45
								local.get $l13
								local.get $l42
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l43
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l44
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l45
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								f32.const 0
								f32x4.splat
								local.get $l24
								f32x4.sub
								local.set $l32
								f32.const 0
								f32x4.splat
								local.get $l25
								f32x4.sub
								local.set $l33
								local.get $l32
								local.set $l46
								local.get $l32
								local.set $l61
								local.get $l33
								local.set $l62
								local.get $l61
								local.get $l62
								f32x4.add
								local.set $l47
								local.get $l61
								local.get $l62
								f32x4.sub
								local.set $l48
								f32.const 0
								f32x4.splat
								local.get $l33
								f32x4.sub
								local.set $l49
								local.get $l13
								local.get $l46
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l47
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l48
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l49
								v128.store align=16
								local.get $l12
								i32.const 4
								i32.add
								local.set $l12
								br 0
							end
						end
						local.get $l11
						i32.const 1
						i32.add
						local.set $l11
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_input_b_2 (export "wino_input_b_2") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $NR i32) (param $dst i32) (param $matBytes i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 i32)
    (local $l95 i32)
    (local $l96 i32)
    (local $l97 i32)
    (local $l98 i32)
    (local $l99 i32)
    (local $l100 i32)
    (local $l101 i32)
    (local $l102 i32)
    (local $l103 i32)
    (local $l104 i32)
    (local $l105 i32)
    (local $l106 i32)
    (local $l107 v128)
    (local $l108 v128)
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l96
		local.get $l96
		i32.const 4
		local.get $l96
		i32.const 4
		i32.gt_s
		select
		local.set $l96
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l99
				local.get $l99
				local.get $T
				local.get $l96
				i32.add
				i32.const 1
				i32.sub
				local.get $l96
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l99
				local.get $l96
				i32.mul
				local.set $l97
				local.get $l97
				local.get $l96
				i32.add
				local.get $T
				local.get $l97
				local.get $l96
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l98
				i32.const 0
				local.set $l94
				block
					loop
						local.get $l94
						local.get $C
						local.get $NR
						i32.add
						i32.const 1
						i32.sub
						local.get $NR
						i32.div_s
						i32.ge_s
						br_if 1
						local.get $l94
						local.get $NR
						i32.mul
						local.set $l95
						local.get $l97
						local.get $t0
						i32.add
						local.set $l11
						block
							loop
								local.get $l11
								local.get $l98
								local.get $t0
								i32.add
								i32.ge_s
								br_if 1
								local.get $l11
								local.get $TH
								local.get $TW
								i32.mul
								i32.div_s
								local.set $l100
								local.get $l11
								local.get $TH
								local.get $TW
								i32.mul
								i32.rem_s
								local.get $TW
								i32.div_s
								local.set $l101
								local.get $l11
								local.get $TW
								i32.rem_s
								local.set $l102
								local.get $l101
								i32.const 1
								i32.shl
								i32.const -1
								i32.add
								local.set $l103
								local.get $l102
								i32.const 1
								i32.shl
								i32.const -1
								i32.add
								local.set $l104
								local.get $x
								local.get $l100
								local.get $H
								i32.mul
								local.get $l103
								i32.add
								local.get $W
								i32.mul
								local.get $l104
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l105
								local.get $l103
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 0
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l14
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l30
								local.get $l103
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 0
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l15
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l31
								local.get $l103
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 0
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l16
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l32
								local.get $l103
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 0
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l17
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l33
								local.get $l103
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 1
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l18
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l34
								local.get $l103
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 1
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l19
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l35
								local.get $l103
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 1
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l20
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l36
								local.get $l103
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 1
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l21
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l37
								local.get $l103
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 2
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l22
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l38
								local.get $l103
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 2
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l23
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l39
								local.get $l103
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 2
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l24
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l40
								local.get $l103
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 2
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l25
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l41
								local.get $l103
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 3
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l26
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l42
								local.get $l103
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 3
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l27
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l43
								local.get $l103
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 3
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l28
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l44
								local.get $l103
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l104
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l106
								local.get $l105
								local.get $W
								i32.const 3
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l106
								select
								local.set $l29
								i32.const 0
								local.get $l106
								i32.sub
								i32x4.splat
								local.set $l45
								local.get $l95
								local.set $l12
								block
									loop
										local.get $l12
										local.get $l95
										local.get $NR
										i32.add
										local.get $C
										local.get $l95
										local.get $NR
										i32.add
										local.get $C
										i32.lt_s
										select
										i32.ge_s
										br_if 1
										local.get $l14
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l30
										v128.and
										local.set $l46
										local.get $l15
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l31
										v128.and
										local.set $l47
										local.get $l16
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l32
										v128.and
										local.set $l48
										local.get $l17
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l33
										v128.and
										local.set $l49
										local.get $l18
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l34
										v128.and
										local.set $l50
										local.get $l19
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l35
										v128.and
										local.set $l51
										local.get $l20
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l36
										v128.and
										local.set $l52
										local.get $l21
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l37
										v128.and
										local.set $l53
										local.get $l22
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l38
										v128.and
										local.set $l54
										local.get $l23
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l39
										v128.and
										local.set $l55
										local.get $l24
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l40
										v128.and
										local.set $l56
										local.get $l25
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l41
										v128.and
										local.set $l57
										local.get $l26
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l42
										v128.and
										local.set $l58
										local.get $l27
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l43
										v128.and
										local.set $l59
										local.get $l28
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l44
										v128.and
										local.set $l60
										local.get $l29
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l45
										v128.and
										local.set $l61
										local.get $l46
										local.get $l54
										f32x4.sub
										local.set $l62
										local.get $l47
										local.get $l55
										f32x4.sub
										local.set $l63
										local.get $l48
										local.get $l56
										f32x4.sub
										local.set $l64
										local.get $l49
										local.get $l57
										f32x4.sub
										local.set $l65
										local.get $l62
										local.get $l64
										f32x4.sub
										local.set $l78
										local.get $l64
										local.set $l107
										local.get $l63
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l79
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l80
										local.get $l63
										local.get $l65
										f32x4.sub
										local.set $l81
										local.get $l54
										local.set $l107
										local.get $l50
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l66
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l70
										local.get $l55
										local.set $l107
										local.get $l51
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l67
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l71
										local.get $l56
										local.set $l107
										local.get $l52
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l68
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l72
										local.get $l57
										local.set $l107
										local.get $l53
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l69
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l73
										local.get $l66
										local.get $l68
										f32x4.sub
										local.set $l82
										local.get $l68
										local.set $l107
										local.get $l67
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l83
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l84
										local.get $l67
										local.get $l69
										f32x4.sub
										local.set $l85
										local.get $l70
										local.get $l72
										f32x4.sub
										local.set $l86
										local.get $l72
										local.set $l107
										local.get $l71
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l87
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l88
										local.get $l71
										local.get $l73
										f32x4.sub
										local.set $l89
										local.get $l50
										local.get $l58
										f32x4.sub
										local.set $l74
										local.get $l51
										local.get $l59
										f32x4.sub
										local.set $l75
										local.get $l52
										local.get $l60
										f32x4.sub
										local.set $l76
										local.get $l53
										local.get $l61
										f32x4.sub
										local.set $l77
										local.get $l74
										local.get $l76
										f32x4.sub
										local.set $l90
										local.get $l76
										local.set $l107
										local.get $l75
										local.set $l108
										local.get $l107
										local.get $l108
										f32x4.add
										local.set $l91
										local.get $l107
										local.get $l108
										f32x4.sub
										local.set $l92
										local.get $l75
										local.get $l77
										f32x4.sub
										local.set $l93
										local.get $dst
										local.get $l12
										local.get $NR
										i32.div_s
										local.get $T
										i32.mul
										local.get $l11
										local.get $t0
										i32.sub
										i32.add
										local.get $NR
										i32.mul
										local.get $l12
										local.get $NR
										i32.rem_s
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l13
										local.get $l13
										local.get $l78
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l79
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l80
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l81
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l82
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l83
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l84
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l85
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l86
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l87
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l88
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l89
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l90
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l91
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l92
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l93
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l12
										i32.const 4
										i32.add
										local.set $l12
										br 0
									end
								end
								local.get $l12
								local.set $l12
								block
									loop
										local.get $l12
										local.get $l95
										local.get $NR
										i32.add
										i32.ge_s
										br_if 1
										local.get $dst
										local.get $l12
										local.get $NR
										i32.div_s
										local.get $T
										i32.mul
										local.get $l11
										local.get $t0
										i32.sub
										i32.add
										local.get $NR
										i32.mul
										local.get $l12
										local.get $NR
										i32.rem_s
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l12
										i32.const 4
										i32.add
										local.set $l12
										br 0
									end
								end
								local.get $l11
								i32.const 1
								i32.add
								local.set $l11
								br 0
							end
						end
						local.get $l94
						i32.const 1
						i32.add
						local.set $l94
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_wgrad_2 (export "wino_wgrad_2") (param $m i32) (param $K i32) (param $C i32) (param $dw i32) (param $matBytes i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 i32)
    (local $l48 v128)
    (local $l49 v128)
		f32.const 0.5
		f32x4.splat
		local.set $l45
		f32.const -0.5
		f32x4.splat
		local.set $l46
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l47
				local.get $l47
				local.get $K
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l5
				block
					loop
						local.get $l5
						local.get $C
						i32.ge_s
						br_if 1
						local.get $m
						local.get $l47
						local.get $C
						i32.mul
						local.get $l5
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l8
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l9
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l10
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l11
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l12
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l13
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l14
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l15
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l16
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l17
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l18
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l19
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l20
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l21
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l22
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l23
						local.get $l8
						local.get $l12
						local.get $l16
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l24
						local.get $l9
						local.get $l13
						local.get $l17
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l25
						local.get $l10
						local.get $l14
						local.get $l18
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l26
						local.get $l11
						local.get $l15
						local.get $l19
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l27
						local.get $l24
						local.get $l25
						local.get $l26
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l36
						local.get $l25
						local.get $l26
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l37
						local.get $l25
						local.get $l26
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l27
						f32x4.add
						local.set $l38
						local.get $l12
						local.get $l16
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l28
						local.get $l13
						local.get $l17
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l29
						local.get $l14
						local.get $l18
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l30
						local.get $l15
						local.get $l19
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l31
						local.get $l28
						local.get $l29
						local.get $l30
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l39
						local.get $l29
						local.get $l30
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l40
						local.get $l29
						local.get $l30
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l31
						f32x4.add
						local.set $l41
						local.get $l12
						local.get $l16
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l20
						f32x4.add
						local.set $l32
						local.get $l13
						local.get $l17
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l21
						f32x4.add
						local.set $l33
						local.get $l14
						local.get $l18
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l22
						f32x4.add
						local.set $l34
						local.get $l15
						local.get $l19
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l23
						f32x4.add
						local.set $l35
						local.get $l32
						local.get $l33
						local.get $l34
						f32x4.add
						local.get $l45
						f32x4.mul
						f32x4.add
						local.set $l42
						local.get $l33
						local.get $l34
						f32x4.sub
						local.get $l45
						f32x4.mul
						local.set $l43
						local.get $l33
						local.get $l34
						f32x4.add
						local.get $l45
						f32x4.mul
						local.get $l35
						f32x4.add
						local.set $l44
						local.get $dw
						local.get $l47
						i32.const 9
						i32.mul
						local.get $C
						i32.mul
						local.get $l5
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.set $l7
						local.get $l7
						local.get $C
						i32.const 0
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l36
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 1
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l37
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 2
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l38
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 3
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l39
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 4
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l40
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 5
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l41
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 6
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l42
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 7
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l43
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 8
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l44
						v128.store align=16
						local.get $l5
						i32.const 4
						i32.add
						local.set $l5
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_dy_4 (export "wino_dy_4") (param $dy i32) (param $OH i32) (param $OW i32) (param $K i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $dst i32) (param $matBytes i32) (param $ld i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 v128)
    (local $l95 v128)
    (local $l96 v128)
    (local $l97 v128)
    (local $l98 v128)
    (local $l99 v128)
    (local $l100 v128)
    (local $l101 v128)
    (local $l102 v128)
    (local $l103 v128)
    (local $l104 v128)
    (local $l105 v128)
    (local $l106 v128)
    (local $l107 v128)
    (local $l108 v128)
    (local $l109 v128)
    (local $l110 v128)
    (local $l111 v128)
    (local $l112 v128)
    (local $l113 v128)
    (local $l114 v128)
    (local $l115 v128)
    (local $l116 v128)
    (local $l117 v128)
    (local $l118 v128)
    (local $l119 v128)
    (local $l120 v128)
    (local $l121 v128)
    (local $l122 v128)
    (local $l123 v128)
    (local $l124 v128)
    (local $l125 v128)
    (local $l126 v128)
    (local $l127 v128)
    (local $l128 i32)
    (local $l129 i32)
    (local $l130 i32)
    (local $l131 i32)
    (local $l132 i32)
    (local $l133 i32)
    (local $l134 i32)
    (local $l135 i32)
    (local $l136 i32)
    (local $l137 i32)
    (local $l138 i32)
    (local $l139 v128)
    (local $l140 v128)
		f32.const 2
		f32x4.splat
		local.set $l122
		f32.const -2
		f32x4.splat
		local.set $l123
		f32.const 4
		f32x4.splat
		local.set $l124
		f32.const -4
		f32x4.splat
		local.set $l125
		f32.const 8
		f32x4.splat
		local.set $l126
		f32.const -8
		f32x4.splat
		local.set $l127
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l128
		local.get $l128
		i32.const 4
		local.get $l128
		i32.const 4
		i32.gt_s
		select
		local.set $l128
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l131
				local.get $l131
				local.get $T
				local.get $l128
				i32.add
				i32.const 1
				i32.sub
				local.get $l128
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l131
				local.get $l128
				i32.mul
				local.set $l129
				local.get $l129
				local.get $l128
				i32.add
				local.get $T
				local.get $l129
				local.get $l128
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l130
				local.get $l129
				local.get $t0
				i32.add
				local.set $l11
				block
					loop
						local.get $l11
						local.get $l130
						local.get $t0
						i32.add
						i32.ge_s
						br_if 1
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.div_s
						local.set $l132
						local.get $l11
						local.get $TH
						local.get $TW
						i32.mul
						i32.rem_s
						local.get $TW
						i32.div_s
						local.set $l133
						local.get $l11
						local.get $TW
						i32.rem_s
						local.set $l134
						local.get $l133
						i32.const 2
						i32.shl
						i32.const 0
						i32.add
						local.set $l135
						local.get $l134
						i32.const 2
						i32.shl
						i32.const 0
						i32.add
						local.set $l136
						local.get $dy
						local.get $l132
						local.get $OH
						i32.mul
						local.get $l135
						i32.add
						local.get $OW
						i32.mul
						local.get $l136
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l137
						local.get $l135
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 0
						i32.mul
						i32.const 0
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l14
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l30
						local.get $l135
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 0
						i32.mul
						i32.const 1
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l15
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l31
						local.get $l135
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 2
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 0
						i32.mul
						i32.const 2
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l16
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l32
						local.get $l135
						i32.const 0
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 3
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 0
						i32.mul
						i32.const 3
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l17
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l33
						local.get $l135
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 1
						i32.mul
						i32.const 0
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l18
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l34
						local.get $l135
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 1
						i32.mul
						i32.const 1
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l19
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l35
						local.get $l135
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 2
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 1
						i32.mul
						i32.const 2
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l20
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l36
						local.get $l135
						i32.const 1
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 3
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 1
						i32.mul
						i32.const 3
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l21
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l37
						local.get $l135
						i32.const 2
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 2
						i32.mul
						i32.const 0
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l22
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l38
						local.get $l135
						i32.const 2
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 2
						i32.mul
						i32.const 1
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l23
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l39
						local.get $l135
						i32.const 2
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 2
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 2
						i32.mul
						i32.const 2
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l24
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l40
						local.get $l135
						i32.const 2
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 3
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 2
						i32.mul
						i32.const 3
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l25
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l41
						local.get $l135
						i32.const 3
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 0
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l26
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l42
						local.get $l135
						i32.const 3
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 1
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 3
						i32.mul
						i32.const 1
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l27
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l43
						local.get $l135
						i32.const 3
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 2
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 3
						i32.mul
						i32.const 2
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l28
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l44
						local.get $l135
						i32.const 3
						i32.add
						local.get $OH
						i32.lt_u
						local.get $l136
						i32.const 3
						i32.add
						local.get $OW
						i32.lt_u
						i32.and
						local.set $l138
						local.get $l137
						local.get $OW
						i32.const 3
						i32.mul
						i32.const 3
						i32.add
						local.get $K
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l138
						select
						local.set $l29
						i32.const 0
						local.get $l138
						i32.sub
						i32x4.splat
						local.set $l45
						i32.const 0
						local.set $l12
						block
							loop
								local.get $l12
								local.get $K
								i32.ge_s
								br_if 1
								local.get $l14
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l30
								v128.and
								local.set $l46
								local.get $l15
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l31
								v128.and
								local.set $l47
								local.get $l16
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l32
								v128.and
								local.set $l48
								local.get $l17
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l33
								v128.and
								local.set $l49
								local.get $l18
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l34
								v128.and
								local.set $l50
								local.get $l19
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l35
								v128.and
								local.set $l51
								local.get $l20
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l36
								v128.and
								local.set $l52
								local.get $l21
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l37
								v128.and
								local.set $l53
								local.get $l22
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l38
								v128.and
								local.set $l54
								local.get $l23
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l39
								v128.and
								local.set $l55
								local.get $l24
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l40
								v128.and
								local.set $l56
								local.get $l25
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l41
								v128.and
								local.set $l57
								local.get $l26
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l42
								v128.and
								local.set $l58
								local.get $l27
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l43
								v128.and
								local.set $l59
								local.get $l28
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l44
								v128.and
								local.set $l60
								local.get $l29
								local.get $l12
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l45
								v128.and
								local.set $l61
								local.get $dst
								local.get $l11
								local.get $t0
								i32.sub
								local.get $ld
								i32.mul
								local.get $l12
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l13
								local.get $l46
								local.set $l62
								local.get $l47
								local.set $l63
								local.get $l48
								local.set $l64
								local.get $l49
								local.set $l65
								local.get $l62
								local.set $l86
								local.get $l62
								local.get $l64
								f32x4.add
								local.set $l139
								local.get $l63
								local.get $l65
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l87
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l88
								local.get $l62
								local.get $l64
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l63
								local.get $l122
								f32x4.mul
								local.get $l65
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l89
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l90
								local.get $l65
								local.set $l91
								local.get $l13
								local.get $l86
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l87
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l88
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l89
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l90
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l91
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l46
								local.get $l54
								f32x4.add
								local.set $l139
								local.get $l50
								local.get $l58
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l66
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l70
								local.get $l47
								local.get $l55
								f32x4.add
								local.set $l139
								local.get $l51
								local.get $l59
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l67
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l71
								local.get $l48
								local.get $l56
								f32x4.add
								local.set $l139
								local.get $l52
								local.get $l60
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l68
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l72
								local.get $l49
								local.get $l57
								f32x4.add
								local.set $l139
								local.get $l53
								local.get $l61
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l69
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l73
								local.get $l66
								local.set $l92
								local.get $l66
								local.get $l68
								f32x4.add
								local.set $l139
								local.get $l67
								local.get $l69
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l93
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l94
								local.get $l66
								local.get $l68
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l67
								local.get $l122
								f32x4.mul
								local.get $l69
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l95
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l96
								local.get $l69
								local.set $l97
								local.get $l13
								local.get $l92
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l93
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l94
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l95
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l96
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l97
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l70
								local.set $l98
								local.get $l70
								local.get $l72
								f32x4.add
								local.set $l139
								local.get $l71
								local.get $l73
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l99
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l100
								local.get $l70
								local.get $l72
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l71
								local.get $l122
								f32x4.mul
								local.get $l73
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l101
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l102
								local.get $l73
								local.set $l103
								local.get $l13
								local.get $l98
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l99
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l100
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l101
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l102
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l103
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l46
								local.get $l54
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l50
								local.get $l122
								f32x4.mul
								local.get $l58
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l74
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l78
								local.get $l47
								local.get $l55
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l51
								local.get $l122
								f32x4.mul
								local.get $l59
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l75
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l79
								local.get $l48
								local.get $l56
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l52
								local.get $l122
								f32x4.mul
								local.get $l60
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l76
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l80
								local.get $l49
								local.get $l57
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l53
								local.get $l122
								f32x4.mul
								local.get $l61
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l77
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l81
								local.get $l74
								local.set $l104
								local.get $l74
								local.get $l76
								f32x4.add
								local.set $l139
								local.get $l75
								local.get $l77
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l105
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l106
								local.get $l74
								local.get $l76
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l75
								local.get $l122
								f32x4.mul
								local.get $l77
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l107
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l108
								local.get $l77
								local.set $l109
								local.get $l13
								local.get $l104
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l105
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l106
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l107
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l108
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l109
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l78
								local.set $l110
								local.get $l78
								local.get $l80
								f32x4.add
								local.set $l139
								local.get $l79
								local.get $l81
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l111
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l112
								local.get $l78
								local.get $l80
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l79
								local.get $l122
								f32x4.mul
								local.get $l81
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l113
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l114
								local.get $l81
								local.set $l115
								local.get $l13
								local.get $l110
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l111
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l112
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l113
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l114
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l115
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l58
								local.set $l82
								local.get $l59
								local.set $l83
								local.get $l60
								local.set $l84
								local.get $l61
								local.set $l85
								local.get $l82
								local.set $l116
								local.get $l82
								local.get $l84
								f32x4.add
								local.set $l139
								local.get $l83
								local.get $l85
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l117
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l118
								local.get $l82
								local.get $l84
								local.get $l124
								f32x4.mul
								f32x4.add
								local.set $l139
								local.get $l83
								local.get $l122
								f32x4.mul
								local.get $l85
								local.get $l126
								f32x4.mul
								f32x4.add
								local.set $l140
								local.get $l139
								local.get $l140
								f32x4.add
								local.set $l119
								local.get $l139
								local.get $l140
								f32x4.sub
								local.set $l120
								local.get $l85
								local.set $l121
								local.get $l13
								local.get $l116
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l117
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l118
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l119
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l120
								v128.store align=16
								local.get $l13
								local.get $matBytes
								i32.add
								local.set $l13
								local.get $l13
								local.get $l121
								v128.store align=16
								local.get $l12
								i32.const 4
								i32.add
								local.set $l12
								br 0
							end
						end
						local.get $l11
						i32.const 1
						i32.add
						local.set $l11
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_input_b_4 (export "wino_input_b_4") (param $x i32) (param $H i32) (param $W i32) (param $C i32) (param $TH i32) (param $TW i32) (param $t0 i32) (param $T i32) (param $NR i32) (param $dst i32) (param $matBytes i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 i32)
    (local $l24 i32)
    (local $l25 i32)
    (local $l26 i32)
    (local $l27 i32)
    (local $l28 i32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
    (local $l33 i32)
    (local $l34 i32)
    (local $l35 i32)
    (local $l36 i32)
    (local $l37 i32)
    (local $l38 i32)
    (local $l39 i32)
    (local $l40 i32)
    (local $l41 i32)
    (local $l42 i32)
    (local $l43 i32)
    (local $l44 i32)
    (local $l45 i32)
    (local $l46 i32)
    (local $l47 i32)
    (local $l48 i32)
    (local $l49 i32)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 v128)
    (local $l80 v128)
    (local $l81 v128)
    (local $l82 v128)
    (local $l83 v128)
    (local $l84 v128)
    (local $l85 v128)
    (local $l86 v128)
    (local $l87 v128)
    (local $l88 v128)
    (local $l89 v128)
    (local $l90 v128)
    (local $l91 v128)
    (local $l92 v128)
    (local $l93 v128)
    (local $l94 v128)
    (local $l95 v128)
    (local $l96 v128)
    (local $l97 v128)
    (local $l98 v128)
    (local $l99 v128)
    (local $l100 v128)
    (local $l101 v128)
    (local $l102 v128)
    (local $l103 v128)
    (local $l104 v128)
    (local $l105 v128)
    (local $l106 v128)
    (local $l107 v128)
    (local $l108 v128)
    (local $l109 v128)
    (local $l110 v128)
    (local $l111 v128)
    (local $l112 v128)
    (local $l113 v128)
    (local $l114 v128)
    (local $l115 v128)
    (local $l116 v128)
    (local $l117 v128)
    (local $l118 v128)
    (local $l119 v128)
    (local $l120 v128)
    (local $l121 v128)
    (local $l122 v128)
    (local $l123 v128)
    (local $l124 v128)
    (local $l125 v128)
    (local $l126 v128)
    (local $l127 v128)
    (local $l128 v128)
    (local $l129 v128)
    (local $l130 v128)
    (local $l131 v128)
    (local $l132 v128)
    (local $l133 v128)
    (local $l134 v128)
    (local $l135 v128)
    (local $l136 v128)
    (local $l137 v128)
    (local $l138 v128)
    (local $l139 v128)
    (local $l140 v128)
    (local $l141 v128)
    (local $l142 v128)
    (local $l143 v128)
    (local $l144 v128)
    (local $l145 v128)
    (local $l146 v128)
    (local $l147 v128)
    (local $l148 v128)
    (local $l149 v128)
    (local $l150 v128)
    (local $l151 v128)
    (local $l152 v128)
    (local $l153 v128)
    (local $l154 v128)
    (local $l155 v128)
    (local $l156 v128)
    (local $l157 v128)
    (local $l158 v128)
    (local $l159 v128)
    (local $l160 v128)
    (local $l161 v128)
    (local $l162 v128)
    (local $l163 v128)
    (local $l164 v128)
    (local $l165 v128)
    (local $l166 v128)
    (local $l167 v128)
    (local $l168 v128)
    (local $l169 v128)
    (local $l170 v128)
    (local $l171 v128)
    (local $l172 v128)
    (local $l173 v128)
    (local $l174 v128)
    (local $l175 v128)
    (local $l176 v128)
    (local $l177 v128)
    (local $l178 v128)
    (local $l179 v128)
    (local $l180 v128)
    (local $l181 v128)
    (local $l182 v128)
    (local $l183 v128)
    (local $l184 v128)
    (local $l185 v128)
    (local $l186 v128)
    (local $l187 v128)
    (local $l188 v128)
    (local $l189 v128)
    (local $l190 v128)
    (local $l191 v128)
    (local $l192 v128)
    (local $l193 v128)
    (local $l194 i32)
    (local $l195 i32)
    (local $l196 v128)
    (local $l197 v128)
    (local $l198 v128)
    (local $l199 v128)
    (local $l200 v128)
    (local $l201 v128)
    (local $l202 i32)
    (local $l203 i32)
    (local $l204 i32)
    (local $l205 i32)
    (local $l206 i32)
    (local $l207 i32)
    (local $l208 i32)
    (local $l209 i32)
    (local $l210 i32)
    (local $l211 i32)
    (local $l212 i32)
    (local $l213 v128)
    (local $l214 v128)
		f32.const 4
		f32x4.splat
		local.set $l196
		f32.const -4
		f32x4.splat
		local.set $l197
		f32.const -5
		f32x4.splat
		local.set $l198
		f32.const 5
		f32x4.splat
		local.set $l199
		f32.const -2
		f32x4.splat
		local.set $l200
		f32.const 2
		f32x4.splat
		local.set $l201
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.const 32
		local.get $T
		i32.const 16
		i32.div_s
		i32.const -4
		i32.and
		i32.lt_s
		select
		local.set $l202
		local.get $l202
		i32.const 4
		local.get $l202
		i32.const 4
		i32.gt_s
		select
		local.set $l202
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l205
				local.get $l205
				local.get $T
				local.get $l202
				i32.add
				i32.const 1
				i32.sub
				local.get $l202
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l205
				local.get $l202
				i32.mul
				local.set $l203
				local.get $l203
				local.get $l202
				i32.add
				local.get $T
				local.get $l203
				local.get $l202
				i32.add
				local.get $T
				i32.lt_s
				select
				local.set $l204
				i32.const 0
				local.set $l194
				block
					loop
						local.get $l194
						local.get $C
						local.get $NR
						i32.add
						i32.const 1
						i32.sub
						local.get $NR
						i32.div_s
						i32.ge_s
						br_if 1
						local.get $l194
						local.get $NR
						i32.mul
						local.set $l195
						local.get $l203
						local.get $t0
						i32.add
						local.set $l11
						block
							loop
								local.get $l11
								local.get $l204
								local.get $t0
								i32.add
								i32.ge_s
								br_if 1
								local.get $l11
								local.get $TH
								local.get $TW
								i32.mul
								i32.div_s
								local.set $l206
								local.get $l11
								local.get $TH
								local.get $TW
								i32.mul
								i32.rem_s
								local.get $TW
								i32.div_s
								local.set $l207
								local.get $l11
								local.get $TW
								i32.rem_s
								local.set $l208
								local.get $l207
								i32.const 2
								i32.shl
								i32.const -1
								i32.add
								local.set $l209
								local.get $l208
								i32.const 2
								i32.shl
								i32.const -1
								i32.add
								local.set $l210
								local.get $x
								local.get $l206
								local.get $H
								i32.mul
								local.get $l209
								i32.add
								local.get $W
								i32.mul
								local.get $l210
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.set $l211
								local.get $l209
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 0
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l14
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l50
								local.get $l209
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 0
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l15
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l51
								local.get $l209
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 0
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l16
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l52
								local.get $l209
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 0
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l17
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l53
								local.get $l209
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 4
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 0
								i32.mul
								i32.const 4
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l18
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l54
								local.get $l209
								i32.const 0
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 5
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 0
								i32.mul
								i32.const 5
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l19
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l55
								local.get $l209
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 1
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l20
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l56
								local.get $l209
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 1
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l21
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l57
								local.get $l209
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 1
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l22
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l58
								local.get $l209
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 1
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l23
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l59
								local.get $l209
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 4
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 1
								i32.mul
								i32.const 4
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l24
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l60
								local.get $l209
								i32.const 1
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 5
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 1
								i32.mul
								i32.const 5
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l25
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l61
								local.get $l209
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 2
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l26
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l62
								local.get $l209
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 2
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l27
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l63
								local.get $l209
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 2
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l28
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l64
								local.get $l209
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 2
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l29
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l65
								local.get $l209
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 4
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 2
								i32.mul
								i32.const 4
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l30
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l66
								local.get $l209
								i32.const 2
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 5
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 2
								i32.mul
								i32.const 5
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l31
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l67
								local.get $l209
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 3
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l32
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l68
								local.get $l209
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 3
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l33
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l69
								local.get $l209
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 3
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l34
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l70
								local.get $l209
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 3
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l35
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l71
								local.get $l209
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 4
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 3
								i32.mul
								i32.const 4
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l36
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l72
								local.get $l209
								i32.const 3
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 5
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 3
								i32.mul
								i32.const 5
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l37
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l73
								local.get $l209
								i32.const 4
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 4
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l38
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l74
								local.get $l209
								i32.const 4
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 4
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l39
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l75
								local.get $l209
								i32.const 4
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 4
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l40
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l76
								local.get $l209
								i32.const 4
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 4
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l41
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l77
								local.get $l209
								i32.const 4
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 4
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 4
								i32.mul
								i32.const 4
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l42
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l78
								local.get $l209
								i32.const 4
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 5
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 4
								i32.mul
								i32.const 5
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l43
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l79
								local.get $l209
								i32.const 5
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 0
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 5
								i32.mul
								i32.const 0
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l44
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l80
								local.get $l209
								i32.const 5
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 1
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 5
								i32.mul
								i32.const 1
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l45
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l81
								local.get $l209
								i32.const 5
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 2
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 5
								i32.mul
								i32.const 2
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l46
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l82
								local.get $l209
								i32.const 5
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 3
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 5
								i32.mul
								i32.const 3
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l47
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l83
								local.get $l209
								i32.const 5
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 4
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 5
								i32.mul
								i32.const 4
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l48
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l84
								local.get $l209
								i32.const 5
								i32.add
								local.get $H
								i32.lt_u
								local.get $l210
								i32.const 5
								i32.add
								local.get $W
								i32.lt_u
								i32.and
								local.set $l212
								local.get $l211
								local.get $W
								i32.const 5
								i32.mul
								i32.const 5
								i32.add
								local.get $C
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $x
								local.get $l212
								select
								local.set $l49
								i32.const 0
								local.get $l212
								i32.sub
								i32x4.splat
								local.set $l85
								local.get $l195
								local.set $l12
								block
									loop
										local.get $l12
										local.get $l195
										local.get $NR
										i32.add
										local.get $C
										local.get $l195
										local.get $NR
										i32.add
										local.get $C
										i32.lt_s
										select
										i32.ge_s
										br_if 1
										local.get $l14
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l50
										v128.and
										local.set $l86
										local.get $l15
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l51
										v128.and
										local.set $l87
										local.get $l16
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l52
										v128.and
										local.set $l88
										local.get $l17
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l53
										v128.and
										local.set $l89
										local.get $l18
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l54
										v128.and
										local.set $l90
										local.get $l19
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l55
										v128.and
										local.set $l91
										local.get $l20
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l56
										v128.and
										local.set $l92
										local.get $l21
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l57
										v128.and
										local.set $l93
										local.get $l22
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l58
										v128.and
										local.set $l94
										local.get $l23
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l59
										v128.and
										local.set $l95
										local.get $l24
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l60
										v128.and
										local.set $l96
										local.get $l25
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l61
										v128.and
										local.set $l97
										local.get $l26
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l62
										v128.and
										local.set $l98
										local.get $l27
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l63
										v128.and
										local.set $l99
										local.get $l28
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l64
										v128.and
										local.set $l100
										local.get $l29
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l65
										v128.and
										local.set $l101
										local.get $l30
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l66
										v128.and
										local.set $l102
										local.get $l31
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l67
										v128.and
										local.set $l103
										local.get $l32
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l68
										v128.and
										local.set $l104
										local.get $l33
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l69
										v128.and
										local.set $l105
										local.get $l34
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l70
										v128.and
										local.set $l106
										local.get $l35
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l71
										v128.and
										local.set $l107
										local.get $l36
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l72
										v128.and
										local.set $l108
										local.get $l37
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l73
										v128.and
										local.set $l109
										local.get $l38
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l74
										v128.and
										local.set $l110
										local.get $l39
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l75
										v128.and
										local.set $l111
										local.get $l40
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l76
										v128.and
										local.set $l112
										local.get $l41
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l77
										v128.and
										local.set $l113
										local.get $l42
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l78
										v128.and
										local.set $l114
										local.get $l43
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l79
										v128.and
										local.set $l115
										local.get $l44
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l80
										v128.and
										local.set $l116
										local.get $l45
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l81
										v128.and
										local.set $l117
										local.get $l46
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l82
										v128.and
										local.set $l118
										local.get $l47
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l83
										v128.and
										local.set $l119
										local.get $l48
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l84
										v128.and
										local.set $l120
										local.get $l49
										local.get $l12
										i32.const 2
										i32.shl
										i32.add
										v128.load align=16
										local.get $l85
										v128.and
										local.set $l121
										local.get $l86
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l98
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l110
										f32x4.add
										local.set $l122
										local.get $l87
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l99
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l111
										f32x4.add
										local.set $l123
										local.get $l88
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l100
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l112
										f32x4.add
										local.set $l124
										local.get $l89
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l101
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l113
										f32x4.add
										local.set $l125
										local.get $l90
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l102
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l114
										f32x4.add
										local.set $l126
										local.get $l91
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l103
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l115
										f32x4.add
										local.set $l127
										local.get $l122
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l124
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l126
										f32x4.add
										local.set $l158
										f32.const 0
										f32x4.splat
										local.get $l124
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l126
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l123
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l125
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l159
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l160
										f32.const 0
										f32x4.splat
										local.get $l124
										f32x4.sub
										local.get $l126
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l123
										f32x4.sub
										local.get $l125
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l161
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l162
										local.get $l123
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l125
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l127
										f32x4.add
										local.set $l163
										f32.const 0
										f32x4.splat
										local.get $l98
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l110
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l92
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l104
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l128
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l134
										f32.const 0
										f32x4.splat
										local.get $l99
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l111
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l93
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l105
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l129
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l135
										f32.const 0
										f32x4.splat
										local.get $l100
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l112
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l94
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l106
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l130
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l136
										f32.const 0
										f32x4.splat
										local.get $l101
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l113
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l95
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l107
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l131
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l137
										f32.const 0
										f32x4.splat
										local.get $l102
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l114
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l96
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l108
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l132
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l138
										f32.const 0
										f32x4.splat
										local.get $l103
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l115
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l97
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l109
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l133
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l139
										local.get $l128
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l130
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l132
										f32x4.add
										local.set $l164
										f32.const 0
										f32x4.splat
										local.get $l130
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l132
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l129
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l131
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l165
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l166
										f32.const 0
										f32x4.splat
										local.get $l130
										f32x4.sub
										local.get $l132
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l129
										f32x4.sub
										local.get $l131
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l167
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l168
										local.get $l129
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l131
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l133
										f32x4.add
										local.set $l169
										local.get $l134
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l136
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l138
										f32x4.add
										local.set $l170
										f32.const 0
										f32x4.splat
										local.get $l136
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l138
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l135
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l137
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l171
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l172
										f32.const 0
										f32x4.splat
										local.get $l136
										f32x4.sub
										local.get $l138
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l135
										f32x4.sub
										local.get $l137
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l173
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l174
										local.get $l135
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l137
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l139
										f32x4.add
										local.set $l175
										f32.const 0
										f32x4.splat
										local.get $l98
										f32x4.sub
										local.get $l110
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l92
										f32x4.sub
										local.get $l104
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l140
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l146
										f32.const 0
										f32x4.splat
										local.get $l99
										f32x4.sub
										local.get $l111
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l93
										f32x4.sub
										local.get $l105
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l141
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l147
										f32.const 0
										f32x4.splat
										local.get $l100
										f32x4.sub
										local.get $l112
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l94
										f32x4.sub
										local.get $l106
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l142
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l148
										f32.const 0
										f32x4.splat
										local.get $l101
										f32x4.sub
										local.get $l113
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l95
										f32x4.sub
										local.get $l107
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l143
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l149
										f32.const 0
										f32x4.splat
										local.get $l102
										f32x4.sub
										local.get $l114
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l96
										f32x4.sub
										local.get $l108
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l144
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l150
										f32.const 0
										f32x4.splat
										local.get $l103
										f32x4.sub
										local.get $l115
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l97
										f32x4.sub
										local.get $l109
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l145
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l151
										local.get $l140
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l142
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l144
										f32x4.add
										local.set $l176
										f32.const 0
										f32x4.splat
										local.get $l142
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l144
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l141
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l143
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l177
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l178
										f32.const 0
										f32x4.splat
										local.get $l142
										f32x4.sub
										local.get $l144
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l141
										f32x4.sub
										local.get $l143
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l179
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l180
										local.get $l141
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l143
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l145
										f32x4.add
										local.set $l181
										local.get $l146
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l148
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l150
										f32x4.add
										local.set $l182
										f32.const 0
										f32x4.splat
										local.get $l148
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l150
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l147
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l149
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l183
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l184
										f32.const 0
										f32x4.splat
										local.get $l148
										f32x4.sub
										local.get $l150
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l147
										f32x4.sub
										local.get $l149
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l185
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l186
										local.get $l147
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l149
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l151
										f32x4.add
										local.set $l187
										local.get $l92
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l104
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l116
										f32x4.add
										local.set $l152
										local.get $l93
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l105
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l117
										f32x4.add
										local.set $l153
										local.get $l94
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l106
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l118
										f32x4.add
										local.set $l154
										local.get $l95
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l107
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l119
										f32x4.add
										local.set $l155
										local.get $l96
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l108
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l120
										f32x4.add
										local.set $l156
										local.get $l97
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l109
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l121
										f32x4.add
										local.set $l157
										local.get $l152
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l154
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l156
										f32x4.add
										local.set $l188
										f32.const 0
										f32x4.splat
										local.get $l154
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l156
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l153
										f32x4.sub
										local.get $l196
										f32x4.mul
										local.get $l155
										f32x4.add
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l189
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l190
										f32.const 0
										f32x4.splat
										local.get $l154
										f32x4.sub
										local.get $l156
										f32x4.add
										local.set $l213
										f32.const 0
										f32x4.splat
										local.get $l153
										f32x4.sub
										local.get $l155
										f32x4.add
										local.get $l201
										f32x4.mul
										local.set $l214
										local.get $l213
										local.get $l214
										f32x4.add
										local.set $l191
										local.get $l213
										local.get $l214
										f32x4.sub
										local.set $l192
										local.get $l153
										local.get $l196
										f32x4.mul
										f32.const 0
										f32x4.splat
										local.get $l155
										f32x4.sub
										local.get $l199
										f32x4.mul
										f32x4.add
										local.get $l157
										f32x4.add
										local.set $l193
										local.get $dst
										local.get $l12
										local.get $NR
										i32.div_s
										local.get $T
										i32.mul
										local.get $l11
										local.get $t0
										i32.sub
										i32.add
										local.get $NR
										i32.mul
										local.get $l12
										local.get $NR
										i32.rem_s
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l13
										local.get $l13
										local.get $l158
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l159
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l160
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l161
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l162
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l163
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l164
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l165
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l166
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l167
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l168
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l169
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l170
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l171
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l172
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l173
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l174
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l175
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l176
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l177
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l178
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l179
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l180
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l181
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l182
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l183
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l184
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l185
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l186
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l187
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l188
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l189
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l190
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l191
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l192
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										local.get $l193
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l12
										i32.const 4
										i32.add
										local.set $l12
										br 0
									end
								end
								local.get $l12
								local.set $l12
								block
									loop
										local.get $l12
										local.get $l195
										local.get $NR
										i32.add
										i32.ge_s
										br_if 1
										local.get $dst
										local.get $l12
										local.get $NR
										i32.div_s
										local.get $T
										i32.mul
										local.get $l11
										local.get $t0
										i32.sub
										i32.add
										local.get $NR
										i32.mul
										local.get $l12
										local.get $NR
										i32.rem_s
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l13
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l13
										local.get $matBytes
										i32.add
										local.set $l13
										local.get $l12
										i32.const 4
										i32.add
										local.set $l12
										br 0
									end
								end
								local.get $l11
								i32.const 1
								i32.add
								local.set $l11
								br 0
							end
						end
						local.get $l194
						i32.const 1
						i32.add
						local.set $l194
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $wino_wgrad_4 (export "wino_wgrad_4") (param $m i32) (param $K i32) (param $C i32) (param $dw i32) (param $matBytes i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 v128)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 v128)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 v128)
    (local $l28 v128)
    (local $l29 v128)
    (local $l30 v128)
    (local $l31 v128)
    (local $l32 v128)
    (local $l33 v128)
    (local $l34 v128)
    (local $l35 v128)
    (local $l36 v128)
    (local $l37 v128)
    (local $l38 v128)
    (local $l39 v128)
    (local $l40 v128)
    (local $l41 v128)
    (local $l42 v128)
    (local $l43 v128)
    (local $l44 v128)
    (local $l45 v128)
    (local $l46 v128)
    (local $l47 v128)
    (local $l48 v128)
    (local $l49 v128)
    (local $l50 v128)
    (local $l51 v128)
    (local $l52 v128)
    (local $l53 v128)
    (local $l54 v128)
    (local $l55 v128)
    (local $l56 v128)
    (local $l57 v128)
    (local $l58 v128)
    (local $l59 v128)
    (local $l60 v128)
    (local $l61 v128)
    (local $l62 v128)
    (local $l63 v128)
    (local $l64 v128)
    (local $l65 v128)
    (local $l66 v128)
    (local $l67 v128)
    (local $l68 v128)
    (local $l69 v128)
    (local $l70 v128)
    (local $l71 v128)
    (local $l72 v128)
    (local $l73 v128)
    (local $l74 v128)
    (local $l75 v128)
    (local $l76 v128)
    (local $l77 v128)
    (local $l78 v128)
    (local $l79 i32)
    (local $l80 v128)
    (local $l81 v128)
		f32.const 0.25
		f32x4.splat
		local.set $l71
		f32.const -0.25
		f32x4.splat
		local.set $l72
		f32.const -0.16666667
		f32x4.splat
		local.set $l73
		f32.const 0.16666667
		f32x4.splat
		local.set $l74
		f32.const 0.041666668
		f32x4.splat
		local.set $l75
		f32.const -0.041666668
		f32x4.splat
		local.set $l76
		f32.const 0.083333336
		f32x4.splat
		local.set $l77
		f32.const -0.083333336
		f32x4.splat
		local.set $l78
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l79
				local.get $l79
				local.get $K
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l5
				block
					loop
						local.get $l5
						local.get $C
						i32.ge_s
						br_if 1
						local.get $m
						local.get $l79
						local.get $C
						i32.mul
						local.get $l5
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l8
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l9
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l10
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l11
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l12
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l13
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l14
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l15
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l16
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l17
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l18
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l19
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l20
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l21
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l22
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l23
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l24
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l25
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l26
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l27
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l28
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l29
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l30
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l31
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l32
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l33
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l34
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l35
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l36
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l37
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l38
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l39
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l40
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l41
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l42
						local.get $l6
						local.get $matBytes
						i32.add
						local.set $l6
						local.get $l6
						v128.load align=16
						local.set $l43
						local.get $l8
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l14
						f32x4.sub
						local.get $l20
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l26
						local.get $l32
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l44
						local.get $l9
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l15
						f32x4.sub
						local.get $l21
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l27
						local.get $l33
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l45
						local.get $l10
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l16
						f32x4.sub
						local.get $l22
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l28
						local.get $l34
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l46
						local.get $l11
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l17
						f32x4.sub
						local.get $l23
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l29
						local.get $l35
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l47
						local.get $l12
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l18
						f32x4.sub
						local.get $l24
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l30
						local.get $l36
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l48
						local.get $l13
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l19
						f32x4.sub
						local.get $l25
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l31
						local.get $l37
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l49
						local.get $l44
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l45
						f32x4.sub
						local.get $l46
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l47
						local.get $l48
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l62
						f32.const 0
						f32x4.splat
						local.get $l45
						f32x4.sub
						local.get $l46
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l47
						local.get $l48
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l63
						f32.const 0
						f32x4.splat
						local.get $l45
						f32x4.sub
						local.get $l46
						f32x4.sub
						local.get $l47
						f32x4.add
						local.get $l48
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l49
						f32x4.add
						local.set $l64
						f32.const 0
						f32x4.splat
						local.get $l14
						f32x4.sub
						local.get $l20
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l26
						local.get $l32
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l50
						f32.const 0
						f32x4.splat
						local.get $l15
						f32x4.sub
						local.get $l21
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l27
						local.get $l33
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l51
						f32.const 0
						f32x4.splat
						local.get $l16
						f32x4.sub
						local.get $l22
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l28
						local.get $l34
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l52
						f32.const 0
						f32x4.splat
						local.get $l17
						f32x4.sub
						local.get $l23
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l29
						local.get $l35
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l53
						f32.const 0
						f32x4.splat
						local.get $l18
						f32x4.sub
						local.get $l24
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l30
						local.get $l36
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l54
						f32.const 0
						f32x4.splat
						local.get $l19
						f32x4.sub
						local.get $l25
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l31
						local.get $l37
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l55
						local.get $l50
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l51
						f32x4.sub
						local.get $l52
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l53
						local.get $l54
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l65
						f32.const 0
						f32x4.splat
						local.get $l51
						f32x4.sub
						local.get $l52
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l53
						local.get $l54
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l66
						f32.const 0
						f32x4.splat
						local.get $l51
						f32x4.sub
						local.get $l52
						f32x4.sub
						local.get $l53
						f32x4.add
						local.get $l54
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l55
						f32x4.add
						local.set $l67
						f32.const 0
						f32x4.splat
						local.get $l14
						f32x4.sub
						local.get $l20
						f32x4.sub
						local.get $l26
						f32x4.add
						local.get $l32
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l38
						f32x4.add
						local.set $l56
						f32.const 0
						f32x4.splat
						local.get $l15
						f32x4.sub
						local.get $l21
						f32x4.sub
						local.get $l27
						f32x4.add
						local.get $l33
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l39
						f32x4.add
						local.set $l57
						f32.const 0
						f32x4.splat
						local.get $l16
						f32x4.sub
						local.get $l22
						f32x4.sub
						local.get $l28
						f32x4.add
						local.get $l34
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l40
						f32x4.add
						local.set $l58
						f32.const 0
						f32x4.splat
						local.get $l17
						f32x4.sub
						local.get $l23
						f32x4.sub
						local.get $l29
						f32x4.add
						local.get $l35
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l41
						f32x4.add
						local.set $l59
						f32.const 0
						f32x4.splat
						local.get $l18
						f32x4.sub
						local.get $l24
						f32x4.sub
						local.get $l30
						f32x4.add
						local.get $l36
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l42
						f32x4.add
						local.set $l60
						f32.const 0
						f32x4.splat
						local.get $l19
						f32x4.sub
						local.get $l25
						f32x4.sub
						local.get $l31
						f32x4.add
						local.get $l37
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l43
						f32x4.add
						local.set $l61
						local.get $l56
						local.get $l71
						f32x4.mul
						f32.const 0
						f32x4.splat
						local.get $l57
						f32x4.sub
						local.get $l58
						f32x4.sub
						local.get $l74
						f32x4.mul
						f32x4.add
						local.get $l59
						local.get $l60
						f32x4.add
						local.get $l75
						f32x4.mul
						f32x4.add
						local.set $l68
						f32.const 0
						f32x4.splat
						local.get $l57
						f32x4.sub
						local.get $l58
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l59
						local.get $l60
						f32x4.sub
						local.get $l77
						f32x4.mul
						f32x4.add
						local.set $l69
						f32.const 0
						f32x4.splat
						local.get $l57
						f32x4.sub
						local.get $l58
						f32x4.sub
						local.get $l59
						f32x4.add
						local.get $l60
						f32x4.add
						local.get $l74
						f32x4.mul
						local.get $l61
						f32x4.add
						local.set $l70
						local.get $dw
						local.get $l79
						i32.const 9
						i32.mul
						local.get $C
						i32.mul
						local.get $l5
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.set $l7
						local.get $l7
						local.get $C
						i32.const 0
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l62
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 1
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l63
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 2
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l64
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 3
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l65
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 4
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l66
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 5
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l67
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 6
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l68
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 7
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l69
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 8
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.get $l70
						v128.store align=16
						local.get $l5
						i32.const 4
						i32.add
						local.set $l5
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $add (export "add") (param $a i32) (param $b i32) (param $y i32) (param $n i32)
    (local $l4 i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l6
				local.get $l6
				local.get $n
				i32.const 8192
				i32.add
				i32.const 1
				i32.sub
				i32.const 8192
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l6
				i32.const 8192
				i32.mul
				local.set $l4
				local.get $l4
				i32.const 8192
				i32.add
				local.get $n
				local.get $l4
				i32.const 8192
				i32.add
				local.get $n
				i32.lt_s
				select
				local.set $l5
				local.get $l4
				local.set $l7
				block
					loop
						local.get $l7
						i32.const 4
						i32.add
						local.get $l5
						i32.gt_s
						br_if 1
						local.get $y
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						local.get $a
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						v128.load align=16
						local.get $b
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						v128.load align=16
						f32x4.add
						v128.store align=16
						local.get $l7
						i32.const 4
						i32.add
						local.set $l7
						br 0
					end
				end
				block
					loop
						local.get $l7
						local.get $l5
						i32.ge_s
						br_if 1
						local.get $y
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						local.get $a
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						local.get $b
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f32.add
						f32.store align=4
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $relu_bwd (export "relu_bwd") (param $y i32) (param $dy i32) (param $dx i32) (param $n i32)
    (local $l4 i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l6
				local.get $l6
				local.get $n
				i32.const 8192
				i32.add
				i32.const 1
				i32.sub
				i32.const 8192
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l6
				i32.const 8192
				i32.mul
				local.set $l4
				local.get $l4
				i32.const 8192
				i32.add
				local.get $n
				local.get $l4
				i32.const 8192
				i32.add
				local.get $n
				i32.lt_s
				select
				local.set $l5
				local.get $l4
				local.set $l7
				block
					loop
						local.get $l7
						i32.const 4
						i32.add
						local.get $l5
						i32.gt_s
						br_if 1
						local.get $dx
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						v128.load align=16
						local.get $y
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						v128.load align=16
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						f32x4.gt
						v128.and
						v128.store align=16
						local.get $l7
						i32.const 4
						i32.add
						local.set $l7
						br 0
					end
				end
				block
					loop
						local.get $l7
						local.get $l5
						i32.ge_s
						br_if 1
						local.get $dx
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						local.get $dy
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f32.const 0
						local.get $y
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f32.const 0
						f32.gt
						select
						f32.store align=4
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $sgd (export "sgd") (param $param i32) (param $grad i32) (param $velocity i32) (param $hyper i32) (param $n i32)
    (local $l5 f32)
    (local $l6 f32)
    (local $l7 f32)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 f32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
		local.get $hyper
		f32.load align=4
		local.set $l5
		local.get $hyper
		f32.load offset=4 align=4
		local.set $l6
		local.get $hyper
		f32.load offset=8 align=4
		local.set $l7
		local.get $l7
		f32.const 0
		f32.ne
		local.get $velocity
		i32.eqz
		i32.and
		if
			i32.const 0
			i32.const 0
			i32.atomic.store offset=8 align=4
			i32.const 0
			i32.const 1
			i32.atomic.store offset=4 align=4
			return
		end
		local.get $l5
		f32x4.splat
		local.set $l8
		local.get $l6
		f32x4.splat
		local.set $l9
		local.get $l7
		f32x4.splat
		local.set $l10
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l15
				local.get $l15
				local.get $n
				i32.const 8192
				i32.add
				i32.const 1
				i32.sub
				i32.const 8192
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l15
				i32.const 8192
				i32.mul
				local.set $l13
				local.get $l13
				i32.const 8192
				i32.add
				local.get $n
				local.get $l13
				i32.const 8192
				i32.add
				local.get $n
				i32.lt_s
				select
				local.set $l14
				local.get $l7
				f32.const 0
				f32.ne
				if
					local.get $l13
					local.set $l16
					block
						loop
							local.get $l16
							i32.const 4
							i32.add
							local.get $l14
							i32.gt_s
							br_if 1
							local.get $grad
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							local.get $l9
							local.get $param
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							f32x4.mul
							f32x4.add
							local.set $l11
							local.get $l10
							local.get $velocity
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							f32x4.mul
							local.get $l11
							f32x4.add
							local.set $l11
							local.get $velocity
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							local.get $l11
							v128.store align=16
							local.get $param
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							local.get $param
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							local.get $l8
							local.get $l11
							f32x4.mul
							f32x4.sub
							v128.store align=16
							local.get $l16
							i32.const 4
							i32.add
							local.set $l16
							br 0
						end
					end
					block
						loop
							local.get $l16
							local.get $l14
							i32.ge_s
							br_if 1
							local.get $grad
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							local.get $l6
							local.get $param
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f32.mul
							f32.add
							local.set $l12
							local.get $l7
							local.get $velocity
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f32.mul
							local.get $l12
							f32.add
							local.set $l12
							local.get $velocity
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							local.get $l12
							f32.store align=4
							local.get $param
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							local.get $param
							local.get $l16
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							local.get $l5
							local.get $l12
							f32.mul
							f32.sub
							f32.store align=4
							local.get $l16
							i32.const 1
							i32.add
							local.set $l16
							br 0
						end
					end
					else
					local.get $l13
					local.set $l17
					block
						loop
							local.get $l17
							i32.const 4
							i32.add
							local.get $l14
							i32.gt_s
							br_if 1
							local.get $grad
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							local.get $l9
							local.get $param
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							f32x4.mul
							f32x4.add
							local.set $l11
							local.get $param
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							local.get $param
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							v128.load align=16
							local.get $l8
							local.get $l11
							f32x4.mul
							f32x4.sub
							v128.store align=16
							local.get $l17
							i32.const 4
							i32.add
							local.set $l17
							br 0
						end
					end
					block
						loop
							local.get $l17
							local.get $l14
							i32.ge_s
							br_if 1
							local.get $grad
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							local.get $l6
							local.get $param
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f32.mul
							f32.add
							local.set $l12
							local.get $param
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							local.get $param
							local.get $l17
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							local.get $l5
							local.get $l12
							f32.mul
							f32.sub
							f32.store align=4
							local.get $l17
							i32.const 1
							i32.add
							local.set $l17
							br 0
						end
					end
				end
				br 0
			end
		end
  )

  (func $bcast_rows (export "bcast_rows") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (local $l4 i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l6
				local.get $l6
				local.get $rows
				i32.const 64
				i32.add
				i32.const 1
				i32.sub
				i32.const 64
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l6
				i32.const 64
				i32.mul
				local.set $l4
				local.get $l4
				i32.const 64
				i32.add
				local.get $rows
				local.get $l4
				i32.const 64
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l5
				local.get $l4
				local.set $l7
				block
					loop
						local.get $l7
						local.get $l5
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l8
						block
							loop
								local.get $l8
								i32.const 4
								i32.add
								local.get $cols
								i32.gt_s
								br_if 1
								local.get $dst
								local.get $l7
								local.get $cols
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								local.get $src
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								v128.store align=16
								local.get $l8
								i32.const 4
								i32.add
								local.set $l8
								br 0
							end
						end
						block
							loop
								local.get $l8
								local.get $cols
								i32.ge_s
								br_if 1
								local.get $dst
								local.get $l7
								local.get $cols
								i32.mul
								i32.const 2
								i32.shl
								i32.add
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								local.get $src
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f32.store align=4
								local.get $l8
								i32.const 1
								i32.add
								local.set $l8
								br 0
							end
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $colsum (export "colsum") (param $src i32) (param $rows i32) (param $cols i32) (param $dst i32)
    (local $l4 f64)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l9
				local.get $l9
				local.get $cols
				i32.const 16
				i32.add
				i32.const 1
				i32.sub
				i32.const 16
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l9
				i32.const 16
				i32.mul
				local.set $l7
				local.get $l7
				i32.const 16
				i32.add
				local.get $cols
				local.get $l7
				i32.const 16
				i32.add
				local.get $cols
				i32.lt_s
				select
				local.set $l8
				local.get $l7
				local.set $l5
				block
					loop
						local.get $l5
						local.get $l8
						i32.ge_s
						br_if 1
						f64.const 0
						local.set $l4
						i32.const 0
						local.set $l6
						block
							loop
								local.get $l6
								local.get $rows
								i32.ge_s
								br_if 1
								local.get $l4
								local.get $src
								local.get $l6
								local.get $cols
								i32.mul
								local.get $l5
								i32.add
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f64.promote_f32
								f64.add
								local.set $l4
								local.get $l6
								i32.const 1
								i32.add
								local.set $l6
								br 0
							end
						end
						local.get $dst
						local.get $l5
						i32.const 2
						i32.shl
						i32.add
						local.get $l4
						f32.demote_f64
						f32.store align=4
						local.get $l5
						i32.const 1
						i32.add
						local.set $l5
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_psum (export "bn_psum") (param $x i32) (param $rows i32) (param $C i32) (param $part i32)
    (local $l4 i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 v128)
    (local $l9 v128)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l12
				local.get $l12
				local.get $rows
				i32.const 256
				i32.add
				i32.const 1
				i32.sub
				i32.const 256
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l12
				i32.const 256
				i32.mul
				local.set $l10
				local.get $l10
				i32.const 256
				i32.add
				local.get $rows
				local.get $l10
				i32.const 256
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l11
				local.get $part
				local.get $l10
				i32.const 256
				i32.div_s
				local.get $C
				i32.const 1
				i32.mul
				i32.mul
				i32.const 3
				i32.shl
				i32.add
				local.set $l7
				i32.const 0
				local.set $l6
				block
					loop
						local.get $l6
						local.get $C
						i32.const -4
						i32.and
						i32.ge_s
						br_if 1
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l8
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l9
						local.get $l10
						local.set $l4
						block
							loop
								local.get $l4
								local.get $l11
								i32.ge_s
								br_if 1
								local.get $l6
								i32.const 0
								i32.add
								local.set $l5
								local.get $l8
								local.get $x
								local.get $l4
								local.get $C
								i32.mul
								local.get $l5
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								f64x2.add
								local.set $l8
								local.get $l6
								i32.const 2
								i32.add
								local.set $l5
								local.get $l9
								local.get $x
								local.get $l4
								local.get $C
								i32.mul
								local.get $l5
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								f64x2.add
								local.set $l9
								local.get $l4
								i32.const 1
								i32.add
								local.set $l4
								br 0
							end
						end
						local.get $l7
						local.get $C
						i32.const 0
						i32.mul
						local.get $l6
						i32.const 0
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l8
						v128.store align=16
						local.get $l7
						local.get $C
						i32.const 0
						i32.mul
						local.get $l6
						i32.const 2
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l9
						v128.store align=16
						local.get $l6
						i32.const 4
						i32.add
						local.set $l6
						br 0
					end
				end
				local.get $C
				i32.const -4
				i32.and
				local.set $l5
				block
					loop
						local.get $l5
						local.get $C
						i32.ge_s
						br_if 1
						local.get $l7
						local.get $C
						i32.const 0
						i32.mul
						local.get $l5
						i32.add
						i32.const 3
						i32.shl
						i32.add
						f64.const 0
						f64.store align=8
						local.get $l5
						i32.const 1
						i32.add
						local.set $l5
						br 0
					end
				end
				local.get $l10
				local.set $l4
				block
					loop
						local.get $l4
						local.get $l11
						i32.ge_s
						br_if 1
						local.get $C
						i32.const -4
						i32.and
						local.set $l5
						block
							loop
								local.get $l5
								local.get $C
								i32.const -2
								i32.and
								i32.ge_s
								br_if 1
								local.get $l7
								local.get $C
								i32.const 0
								i32.mul
								local.get $l5
								i32.add
								i32.const 3
								i32.shl
								i32.add
								local.get $l7
								local.get $C
								i32.const 0
								i32.mul
								local.get $l5
								i32.add
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								local.get $x
								local.get $l4
								local.get $C
								i32.mul
								local.get $l5
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								f64x2.add
								v128.store align=16
								local.get $l5
								i32.const 2
								i32.add
								local.set $l5
								br 0
							end
						end
						local.get $C
						i32.const 1
						i32.and
						if
							local.get $C
							i32.const 1
							i32.sub
							local.set $l5
							local.get $l7
							local.get $C
							i32.const 0
							i32.mul
							local.get $l5
							i32.add
							i32.const 3
							i32.shl
							i32.add
							local.get $l7
							local.get $C
							i32.const 0
							i32.mul
							local.get $l5
							i32.add
							i32.const 3
							i32.shl
							i32.add
							f64.load align=8
							local.get $x
							local.get $l4
							local.get $C
							i32.mul
							local.get $l5
							i32.add
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f64.promote_f32
							f64.add
							f64.store align=8
						end
						local.get $l4
						i32.const 1
						i32.add
						local.set $l4
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_psq (export "bn_psq") (param $x i32) (param $mean64 i32) (param $rows i32) (param $C i32) (param $part i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 f64)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l13
				local.get $l13
				local.get $rows
				i32.const 256
				i32.add
				i32.const 1
				i32.sub
				i32.const 256
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l13
				i32.const 256
				i32.mul
				local.set $l11
				local.get $l11
				i32.const 256
				i32.add
				local.get $rows
				local.get $l11
				i32.const 256
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l12
				local.get $part
				local.get $l11
				i32.const 256
				i32.div_s
				local.get $C
				i32.const 1
				i32.mul
				i32.mul
				i32.const 3
				i32.shl
				i32.add
				local.set $l8
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $C
						i32.const -4
						i32.and
						i32.ge_s
						br_if 1
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l9
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l10
						local.get $l11
						local.set $l5
						block
							loop
								local.get $l5
								local.get $l12
								i32.ge_s
								br_if 1
								local.get $l7
								i32.const 0
								i32.add
								local.set $l6
								local.get $x
								local.get $l5
								local.get $C
								i32.mul
								local.get $l6
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								local.get $mean64
								local.get $l6
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								f64x2.sub
								local.set $l14
								local.get $l9
								local.get $l14
								local.get $l14
								f64x2.mul
								f64x2.add
								local.set $l9
								local.get $l7
								i32.const 2
								i32.add
								local.set $l6
								local.get $x
								local.get $l5
								local.get $C
								i32.mul
								local.get $l6
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								local.get $mean64
								local.get $l6
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								f64x2.sub
								local.set $l15
								local.get $l10
								local.get $l15
								local.get $l15
								f64x2.mul
								f64x2.add
								local.set $l10
								local.get $l5
								i32.const 1
								i32.add
								local.set $l5
								br 0
							end
						end
						local.get $l8
						local.get $C
						i32.const 0
						i32.mul
						local.get $l7
						i32.const 0
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l9
						v128.store align=16
						local.get $l8
						local.get $C
						i32.const 0
						i32.mul
						local.get $l7
						i32.const 2
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l10
						v128.store align=16
						local.get $l7
						i32.const 4
						i32.add
						local.set $l7
						br 0
					end
				end
				local.get $C
				i32.const -4
				i32.and
				local.set $l6
				block
					loop
						local.get $l6
						local.get $C
						i32.ge_s
						br_if 1
						local.get $l8
						local.get $C
						i32.const 0
						i32.mul
						local.get $l6
						i32.add
						i32.const 3
						i32.shl
						i32.add
						f64.const 0
						f64.store align=8
						local.get $l6
						i32.const 1
						i32.add
						local.set $l6
						br 0
					end
				end
				local.get $l11
				local.set $l5
				block
					loop
						local.get $l5
						local.get $l12
						i32.ge_s
						br_if 1
						local.get $C
						i32.const -4
						i32.and
						local.set $l6
						block
							loop
								local.get $l6
								local.get $C
								i32.const -2
								i32.and
								i32.ge_s
								br_if 1
								local.get $x
								local.get $l5
								local.get $C
								i32.mul
								local.get $l6
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								local.get $mean64
								local.get $l6
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								f64x2.sub
								local.set $l16
								local.get $l8
								local.get $C
								i32.const 0
								i32.mul
								local.get $l6
								i32.add
								i32.const 3
								i32.shl
								i32.add
								local.get $l8
								local.get $C
								i32.const 0
								i32.mul
								local.get $l6
								i32.add
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								local.get $l16
								local.get $l16
								f64x2.mul
								f64x2.add
								v128.store align=16
								local.get $l6
								i32.const 2
								i32.add
								local.set $l6
								br 0
							end
						end
						local.get $C
						i32.const 1
						i32.and
						if
							local.get $C
							i32.const 1
							i32.sub
							local.set $l6
							local.get $x
							local.get $l5
							local.get $C
							i32.mul
							local.get $l6
							i32.add
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f64.promote_f32
							local.get $mean64
							local.get $l6
							i32.const 3
							i32.shl
							i32.add
							f64.load align=8
							f64.sub
							local.set $l17
							local.get $l8
							local.get $C
							i32.const 0
							i32.mul
							local.get $l6
							i32.add
							i32.const 3
							i32.shl
							i32.add
							local.get $l8
							local.get $C
							i32.const 0
							i32.mul
							local.get $l6
							i32.add
							i32.const 3
							i32.shl
							i32.add
							f64.load align=8
							local.get $l17
							local.get $l17
							f64.mul
							f64.add
							f64.store align=8
						end
						local.get $l5
						i32.const 1
						i32.add
						local.set $l5
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_bwd_psum (export "bn_bwd_psum") (param $x i32) (param $dy i32) (param $mean i32) (param $relu i32) (param $rows i32) (param $C i32) (param $part i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 v128)
    (local $l19 v128)
    (local $l20 i32)
    (local $l21 v128)
    (local $l22 v128)
    (local $l23 i32)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 i32)
    (local $l27 f64)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l17
				local.get $l17
				local.get $rows
				i32.const 256
				i32.add
				i32.const 1
				i32.sub
				i32.const 256
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l17
				i32.const 256
				i32.mul
				local.set $l15
				local.get $l15
				i32.const 256
				i32.add
				local.get $rows
				local.get $l15
				i32.const 256
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l16
				local.get $part
				local.get $l15
				i32.const 256
				i32.div_s
				local.get $C
				i32.const 2
				i32.mul
				i32.mul
				i32.const 3
				i32.shl
				i32.add
				local.set $l10
				i32.const 0
				local.set $l9
				block
					loop
						local.get $l9
						local.get $C
						i32.const -4
						i32.and
						i32.ge_s
						br_if 1
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l11
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l12
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l13
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						local.set $l14
						local.get $l15
						local.set $l7
						block
							loop
								local.get $l7
								local.get $l16
								i32.ge_s
								br_if 1
								local.get $l9
								i32.const 0
								i32.add
								local.set $l8
								i32.const 0
								local.get $l7
								local.get $C
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l20
								local.get $dy
								local.get $l20
								i32.add
								v128.load64_zero align=8
								local.set $l19
								local.get $l19
								local.get $relu
								local.get $l20
								i32.add
								i32.const 0
								local.get $relu
								select
								v128.load64_zero align=8
								v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
								f32x4.gt
								v128.and
								local.get $l19
								local.get $relu
								select
								f64x2.promote_low_f32x4
								local.set $l18
								local.get $l11
								local.get $l18
								f64x2.add
								local.set $l11
								local.get $l13
								local.get $l18
								local.get $x
								local.get $l7
								local.get $C
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								local.get $mean
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								f64x2.sub
								f64x2.mul
								f64x2.add
								local.set $l13
								local.get $l9
								i32.const 2
								i32.add
								local.set $l8
								i32.const 0
								local.get $l7
								local.get $C
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l23
								local.get $dy
								local.get $l23
								i32.add
								v128.load64_zero align=8
								local.set $l22
								local.get $l22
								local.get $relu
								local.get $l23
								i32.add
								i32.const 0
								local.get $relu
								select
								v128.load64_zero align=8
								v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
								f32x4.gt
								v128.and
								local.get $l22
								local.get $relu
								select
								f64x2.promote_low_f32x4
								local.set $l21
								local.get $l12
								local.get $l21
								f64x2.add
								local.set $l12
								local.get $l14
								local.get $l21
								local.get $x
								local.get $l7
								local.get $C
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								local.get $mean
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								f64x2.sub
								f64x2.mul
								f64x2.add
								local.set $l14
								local.get $l7
								i32.const 1
								i32.add
								local.set $l7
								br 0
							end
						end
						local.get $l10
						local.get $C
						i32.const 0
						i32.mul
						local.get $l9
						i32.const 0
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l11
						v128.store align=16
						local.get $l10
						local.get $C
						i32.const 0
						i32.mul
						local.get $l9
						i32.const 2
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l12
						v128.store align=16
						local.get $l10
						local.get $C
						i32.const 1
						i32.mul
						local.get $l9
						i32.const 0
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l13
						v128.store align=16
						local.get $l10
						local.get $C
						i32.const 1
						i32.mul
						local.get $l9
						i32.const 2
						i32.add
						i32.add
						i32.const 3
						i32.shl
						i32.add
						local.get $l14
						v128.store align=16
						local.get $l9
						i32.const 4
						i32.add
						local.set $l9
						br 0
					end
				end
				local.get $C
				i32.const -4
				i32.and
				local.set $l8
				block
					loop
						local.get $l8
						local.get $C
						i32.ge_s
						br_if 1
						local.get $l10
						local.get $C
						i32.const 0
						i32.mul
						local.get $l8
						i32.add
						i32.const 3
						i32.shl
						i32.add
						f64.const 0
						f64.store align=8
						local.get $l8
						i32.const 1
						i32.add
						local.set $l8
						br 0
					end
				end
				local.get $C
				i32.const -4
				i32.and
				local.set $l8
				block
					loop
						local.get $l8
						local.get $C
						i32.ge_s
						br_if 1
						local.get $l10
						local.get $C
						i32.const 1
						i32.mul
						local.get $l8
						i32.add
						i32.const 3
						i32.shl
						i32.add
						f64.const 0
						f64.store align=8
						local.get $l8
						i32.const 1
						i32.add
						local.set $l8
						br 0
					end
				end
				local.get $l15
				local.set $l7
				block
					loop
						local.get $l7
						local.get $l16
						i32.ge_s
						br_if 1
						local.get $C
						i32.const -4
						i32.and
						local.set $l8
						block
							loop
								local.get $l8
								local.get $C
								i32.const -2
								i32.and
								i32.ge_s
								br_if 1
								i32.const 0
								local.get $l7
								local.get $C
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.set $l26
								local.get $dy
								local.get $l26
								i32.add
								v128.load64_zero align=8
								local.set $l25
								local.get $l25
								local.get $relu
								local.get $l26
								i32.add
								i32.const 0
								local.get $relu
								select
								v128.load64_zero align=8
								v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
								f32x4.gt
								v128.and
								local.get $l25
								local.get $relu
								select
								f64x2.promote_low_f32x4
								local.set $l24
								local.get $l10
								local.get $C
								i32.const 0
								i32.mul
								local.get $l8
								i32.add
								i32.const 3
								i32.shl
								i32.add
								local.get $l10
								local.get $C
								i32.const 0
								i32.mul
								local.get $l8
								i32.add
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								local.get $l24
								f64x2.add
								v128.store align=16
								local.get $l10
								local.get $C
								i32.const 1
								i32.mul
								local.get $l8
								i32.add
								i32.const 3
								i32.shl
								i32.add
								local.get $l10
								local.get $C
								i32.const 1
								i32.mul
								local.get $l8
								i32.add
								i32.const 3
								i32.shl
								i32.add
								v128.load align=16
								local.get $l24
								local.get $x
								local.get $l7
								local.get $C
								i32.mul
								local.get $l8
								i32.add
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								local.get $mean
								local.get $l8
								i32.const 2
								i32.shl
								i32.add
								v128.load64_zero align=8
								f64x2.promote_low_f32x4
								f64x2.sub
								f64x2.mul
								f64x2.add
								v128.store align=16
								local.get $l8
								i32.const 2
								i32.add
								local.set $l8
								br 0
							end
						end
						local.get $C
						i32.const 1
						i32.and
						if
							local.get $C
							i32.const 1
							i32.sub
							local.set $l8
							local.get $dy
							local.get $l7
							local.get $C
							i32.mul
							local.get $l8
							i32.add
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f32.const 0
							local.get $relu
							local.get $l7
							local.get $C
							i32.mul
							local.get $l8
							i32.add
							i32.const 2
							i32.shl
							i32.add
							i32.const 0
							local.get $relu
							select
							f32.load align=4
							f32.const 0
							f32.gt
							select
							local.get $dy
							local.get $l7
							local.get $C
							i32.mul
							local.get $l8
							i32.add
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							local.get $relu
							select
							f64.promote_f32
							local.set $l27
							local.get $l10
							local.get $C
							i32.const 0
							i32.mul
							local.get $l8
							i32.add
							i32.const 3
							i32.shl
							i32.add
							local.get $l10
							local.get $C
							i32.const 0
							i32.mul
							local.get $l8
							i32.add
							i32.const 3
							i32.shl
							i32.add
							f64.load align=8
							local.get $l27
							f64.add
							f64.store align=8
							local.get $l10
							local.get $C
							i32.const 1
							i32.mul
							local.get $l8
							i32.add
							i32.const 3
							i32.shl
							i32.add
							local.get $l10
							local.get $C
							i32.const 1
							i32.mul
							local.get $l8
							i32.add
							i32.const 3
							i32.shl
							i32.add
							f64.load align=8
							local.get $l27
							local.get $x
							local.get $l7
							local.get $C
							i32.mul
							local.get $l8
							i32.add
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f64.promote_f32
							local.get $mean
							local.get $l8
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f64.promote_f32
							f64.sub
							f64.mul
							f64.add
							f64.store align=8
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_reduce (export "bn_reduce") (param $part i32) (param $tiles i32) (param $width i32) (param $div i32) (param $dst i32)
    (local $l5 i32)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l10
				local.get $l10
				local.get $width
				i32.const 64
				i32.add
				i32.const 1
				i32.sub
				i32.const 64
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l10
				i32.const 64
				i32.mul
				local.set $l8
				local.get $l8
				i32.const 64
				i32.add
				local.get $width
				local.get $l8
				i32.const 64
				i32.add
				local.get $width
				i32.lt_s
				select
				local.set $l9
				local.get $l8
				local.set $l5
				block
					loop
						local.get $l5
						local.get $l9
						i32.ge_s
						br_if 1
						local.get $dst
						local.get $l5
						i32.const 3
						i32.shl
						i32.add
						f64.const 0
						f64.store align=8
						local.get $l5
						i32.const 1
						i32.add
						local.set $l5
						br 0
					end
				end
				i32.const 0
				local.set $l6
				block
					loop
						local.get $l6
						local.get $tiles
						i32.ge_s
						br_if 1
						local.get $part
						local.get $l6
						local.get $width
						i32.mul
						i32.const 3
						i32.shl
						i32.add
						local.set $l7
						local.get $l8
						local.set $l5
						block
							loop
								local.get $l5
								local.get $l9
								i32.ge_s
								br_if 1
								local.get $dst
								local.get $l5
								i32.const 3
								i32.shl
								i32.add
								local.get $dst
								local.get $l5
								i32.const 3
								i32.shl
								i32.add
								f64.load align=8
								local.get $l7
								local.get $l5
								i32.const 3
								i32.shl
								i32.add
								f64.load align=8
								f64.add
								f64.store align=8
								local.get $l5
								i32.const 1
								i32.add
								local.set $l5
								br 0
							end
						end
						local.get $l6
						i32.const 1
						i32.add
						local.set $l6
						br 0
					end
				end
				local.get $l8
				local.set $l5
				block
					loop
						local.get $l5
						local.get $l9
						i32.ge_s
						br_if 1
						local.get $dst
						local.get $l5
						i32.const 3
						i32.shl
						i32.add
						local.get $dst
						local.get $l5
						i32.const 3
						i32.shl
						i32.add
						f64.load align=8
						local.get $div
						f64.convert_i32_s
						f64.div
						f64.store align=8
						local.get $l5
						i32.const 1
						i32.add
						local.set $l5
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_train_finish (export "bn_train_finish") (param $mean64 i32) (param $var64 i32) (param $gamma i32) (param $beta i32) (param $runMean i32) (param $runVar i32) (param $saveMean i32) (param $saveInvStd i32) (param $scale i32) (param $shift i32) (param $C i32) (param $rows i32) (param $eps f64) (param $momentum f64)
    (local $l14 f64)
    (local $l15 f64)
    (local $l16 f64)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 f64)
		local.get $rows
		f64.convert_i32_s
		local.get $rows
		i32.const 1
		i32.sub
		f64.convert_i32_s
		f64.div
		local.set $l16
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l18
				local.get $l18
				i32.const 1
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l17
				block
					loop
						local.get $l17
						local.get $C
						i32.ge_s
						br_if 1
						local.get $mean64
						local.get $l17
						i32.const 3
						i32.shl
						i32.add
						f64.load align=8
						local.set $l14
						f64.const 1
						local.get $var64
						local.get $l17
						i32.const 3
						i32.shl
						i32.add
						f64.load align=8
						local.get $eps
						f64.add
						f64.sqrt
						f64.div
						local.set $l15
						local.get $saveMean
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						local.get $l14
						f32.demote_f64
						f32.store align=4
						local.get $saveInvStd
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						local.get $l15
						f32.demote_f64
						f32.store align=4
						local.get $runMean
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						f64.const 1
						local.get $momentum
						f64.sub
						local.get $runMean
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						f64.mul
						local.get $momentum
						local.get $l14
						f64.mul
						f64.add
						f32.demote_f64
						f32.store align=4
						local.get $runVar
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						f64.const 1
						local.get $momentum
						f64.sub
						local.get $runVar
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						f64.mul
						local.get $momentum
						local.get $var64
						local.get $l17
						i32.const 3
						i32.shl
						i32.add
						f64.load align=8
						f64.mul
						local.get $l16
						f64.mul
						f64.add
						f32.demote_f64
						f32.store align=4
						local.get $gamma
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.get $l15
						f64.mul
						local.set $l19
						local.get $scale
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						local.get $l19
						f32.demote_f64
						f32.store align=4
						local.get $shift
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						local.get $beta
						local.get $l17
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.get $l14
						local.get $l19
						f64.mul
						f64.sub
						f32.demote_f64
						f32.store align=4
						local.get $l17
						i32.const 1
						i32.add
						local.set $l17
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_eval_finish (export "bn_eval_finish") (param $runMean i32) (param $runVar i32) (param $gamma i32) (param $beta i32) (param $scale i32) (param $shift i32) (param $C i32) (param $eps f64)
    (local $l8 f64)
    (local $l9 f64)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 f64)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l11
				local.get $l11
				i32.const 1
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l10
				block
					loop
						local.get $l10
						local.get $C
						i32.ge_s
						br_if 1
						local.get $runMean
						local.get $l10
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.set $l8
						f64.const 1
						local.get $runVar
						local.get $l10
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.get $eps
						f64.add
						f64.sqrt
						f64.div
						local.set $l9
						local.get $gamma
						local.get $l10
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.get $l9
						f64.mul
						local.set $l12
						local.get $scale
						local.get $l10
						i32.const 2
						i32.shl
						i32.add
						local.get $l12
						f32.demote_f64
						f32.store align=4
						local.get $shift
						local.get $l10
						i32.const 2
						i32.shl
						i32.add
						local.get $beta
						local.get $l10
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.get $l8
						local.get $l12
						f64.mul
						f64.sub
						f32.demote_f64
						f32.store align=4
						local.get $l10
						i32.const 1
						i32.add
						local.set $l10
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_apply (export "bn_apply") (param $x i32) (param $scale i32) (param $shift i32) (param $res i32) (param $y i32) (param $rows i32) (param $C i32) (param $relu i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 v128)
    (local $l13 f32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l16
				local.get $l16
				local.get $rows
				i32.const 64
				i32.add
				i32.const 1
				i32.sub
				i32.const 64
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l16
				i32.const 64
				i32.mul
				local.set $l14
				local.get $l14
				i32.const 64
				i32.add
				local.get $rows
				local.get $l14
				i32.const 64
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l15
				local.get $l14
				local.set $l8
				block
					loop
						local.get $l8
						local.get $l15
						i32.ge_s
						br_if 1
						local.get $x
						local.get $l8
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l9
						local.get $y
						local.get $l8
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l10
						local.get $res
						local.get $l8
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l11
						i32.const 0
						local.set $l17
						block
							loop
								local.get $l17
								i32.const 4
								i32.add
								local.get $C
								i32.gt_s
								br_if 1
								local.get $l9
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.set $l12
								local.get $l12
								local.get $scale
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								f32x4.mul
								local.get $shift
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								f32x4.add
								local.set $l12
								local.get $res
								if
									local.get $l12
									local.get $l11
									local.get $l17
									i32.const 2
									i32.shl
									i32.add
									v128.load align=16
									f32x4.add
									local.set $l12
								end
								local.get $relu
								if
									local.get $l12
									v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
									f32x4.max
									local.set $l12
								end
								local.get $l10
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								local.get $l12
								v128.store align=16
								local.get $l17
								i32.const 4
								i32.add
								local.set $l17
								br 0
							end
						end
						block
							loop
								local.get $l17
								local.get $C
								i32.ge_s
								br_if 1
								local.get $l9
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								local.set $l13
								local.get $l13
								local.get $scale
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f32.mul
								local.get $shift
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f32.add
								local.set $l13
								local.get $res
								if
									local.get $l13
									local.get $l11
									local.get $l17
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									f32.add
									local.set $l13
								end
								local.get $relu
								if
									local.get $l13
									f32.const 0
									f32.max
									local.set $l13
								end
								local.get $l10
								local.get $l17
								i32.const 2
								i32.shl
								i32.add
								local.get $l13
								f32.store align=4
								local.get $l17
								i32.const 1
								i32.add
								local.set $l17
								br 0
							end
						end
						local.get $l8
						i32.const 1
						i32.add
						local.set $l8
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_bwd_finish (export "bn_bwd_finish") (param $sums64 i32) (param $gamma i32) (param $invstd i32) (param $dgamma i32) (param $dbeta i32) (param $k1 i32) (param $k2 i32) (param $k3 i32) (param $C i32) (param $rows i32)
    (local $l10 f64)
    (local $l11 f64)
    (local $l12 f64)
    (local $l13 f64)
    (local $l14 f64)
    (local $l15 i32)
    (local $l16 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l16
				local.get $l16
				i32.const 1
				i32.ge_s
				br_if 1
				local.get $rows
				f64.convert_i32_s
				local.set $l14
				i32.const 0
				local.set $l15
				block
					loop
						local.get $l15
						local.get $C
						i32.ge_s
						br_if 1
						local.get $invstd
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.set $l10
						local.get $sums64
						local.get $l15
						i32.const 3
						i32.shl
						i32.add
						f64.load align=8
						local.set $l11
						local.get $sums64
						local.get $C
						local.get $l15
						i32.add
						i32.const 3
						i32.shl
						i32.add
						f64.load align=8
						local.get $l10
						f64.mul
						local.set $l12
						local.get $dgamma
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						local.get $l12
						f32.demote_f64
						f32.store align=4
						local.get $dbeta
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						local.get $l11
						f32.demote_f64
						f32.store align=4
						local.get $gamma
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						f32.load align=4
						f64.promote_f32
						local.get $l10
						f64.mul
						local.set $l13
						local.get $k1
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						local.get $l13
						f32.demote_f64
						f32.store align=4
						local.get $k2
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						f64.const 0
						local.get $l13
						f64.sub
						local.get $l10
						f64.mul
						local.get $l12
						f64.mul
						local.get $l14
						f64.div
						f32.demote_f64
						f32.store align=4
						local.get $k3
						local.get $l15
						i32.const 2
						i32.shl
						i32.add
						f64.const 0
						local.get $l13
						f64.sub
						local.get $l11
						f64.mul
						local.get $l14
						f64.div
						f32.demote_f64
						f32.store align=4
						local.get $l15
						i32.const 1
						i32.add
						local.set $l15
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $bn_bwd_apply (export "bn_bwd_apply") (param $x i32) (param $dy i32) (param $mean i32) (param $relu i32) (param $k1 i32) (param $k2 i32) (param $k3 i32) (param $dx i32) (param $rows i32) (param $C i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l17
				local.get $l17
				local.get $rows
				i32.const 64
				i32.add
				i32.const 1
				i32.sub
				i32.const 64
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l17
				i32.const 64
				i32.mul
				local.set $l15
				local.get $l15
				i32.const 64
				i32.add
				local.get $rows
				local.get $l15
				i32.const 64
				i32.add
				local.get $rows
				i32.lt_s
				select
				local.set $l16
				local.get $l15
				local.set $l10
				block
					loop
						local.get $l10
						local.get $l16
						i32.ge_s
						br_if 1
						local.get $x
						local.get $l10
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l11
						local.get $dy
						local.get $l10
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l12
						local.get $dx
						local.get $l10
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l13
						local.get $relu
						local.get $l10
						local.get $C
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l14
						i32.const 0
						local.set $l18
						block
							loop
								local.get $l18
								i32.const 4
								i32.add
								local.get $C
								i32.gt_s
								br_if 1
								local.get $l13
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								local.get $k1
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l12
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l14
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								i32.const 0
								local.get $relu
								select
								v128.load align=16
								v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
								f32x4.gt
								v128.and
								local.get $l12
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $relu
								select
								f32x4.mul
								local.get $k2
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $l11
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								local.get $mean
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								f32x4.sub
								f32x4.mul
								f32x4.add
								local.get $k3
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								v128.load align=16
								f32x4.add
								v128.store align=16
								local.get $l18
								i32.const 4
								i32.add
								local.set $l18
								br 0
							end
						end
						block
							loop
								local.get $l18
								local.get $C
								i32.ge_s
								br_if 1
								local.get $l13
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								local.get $k1
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								local.get $l12
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f32.const 0
								local.get $l14
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								i32.const 0
								local.get $relu
								select
								f32.load align=4
								f32.const 0
								f32.gt
								select
								local.get $l12
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								local.get $relu
								select
								f32.mul
								local.get $k2
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								local.get $l11
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								local.get $mean
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f32.sub
								f32.mul
								f32.add
								local.get $k3
								local.get $l18
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f32.add
								f32.store align=4
								local.get $l18
								i32.const 1
								i32.add
								local.set $l18
								br 0
							end
						end
						local.get $l10
						i32.const 1
						i32.add
						local.set $l10
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $maxpool (export "maxpool") (param $x i32) (param $y i32) (param $index i32) (param $N i32) (param $H i32) (param $W i32) (param $C i32) (param $OH i32) (param $OW i32) (param $window i32) (param $stride i32) (param $pad i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 i32)
    (local $l15 i32)
    (local $l16 i32)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
    (local $l21 i32)
    (local $l22 i32)
    (local $l23 v128)
    (local $l24 v128)
    (local $l25 v128)
    (local $l26 v128)
    (local $l27 f32)
    (local $l28 f32)
    (local $l29 i32)
    (local $l30 i32)
    (local $l31 i32)
    (local $l32 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l30
				local.get $l30
				local.get $N
				local.get $OH
				i32.mul
				i32.ge_s
				br_if 1
				local.get $l30
				local.get $OH
				i32.div_s
				local.set $l12
				local.get $l30
				local.get $OH
				i32.rem_s
				local.set $l13
				local.get $l13
				local.get $stride
				i32.mul
				local.get $pad
				i32.sub
				i32.const 0
				local.get $l13
				local.get $stride
				i32.mul
				local.get $pad
				i32.sub
				i32.const 0
				i32.gt_s
				select
				local.set $l15
				local.get $l13
				local.get $stride
				i32.mul
				local.get $pad
				i32.sub
				local.get $window
				i32.add
				local.get $H
				local.get $l13
				local.get $stride
				i32.mul
				local.get $pad
				i32.sub
				local.get $window
				i32.add
				local.get $H
				i32.lt_s
				select
				local.set $l16
				i32.const 0
				local.set $l14
				block
					loop
						local.get $l14
						local.get $OW
						i32.ge_s
						br_if 1
						local.get $l14
						local.get $stride
						i32.mul
						local.get $pad
						i32.sub
						i32.const 0
						local.get $l14
						local.get $stride
						i32.mul
						local.get $pad
						i32.sub
						i32.const 0
						i32.gt_s
						select
						local.set $l17
						local.get $l14
						local.get $stride
						i32.mul
						local.get $pad
						i32.sub
						local.get $window
						i32.add
						local.get $W
						local.get $l14
						local.get $stride
						i32.mul
						local.get $pad
						i32.sub
						local.get $window
						i32.add
						local.get $W
						i32.lt_s
						select
						local.set $l18
						local.get $l30
						local.get $OW
						i32.mul
						local.get $l14
						i32.add
						local.get $C
						i32.mul
						local.set $l21
						local.get $index
						if
							i32.const 0
							local.set $l31
							block
								loop
									local.get $l31
									i32.const 4
									i32.add
									local.get $C
									i32.gt_s
									br_if 1
									local.get $l12
									local.get $H
									i32.mul
									local.get $l15
									i32.add
									local.get $W
									i32.mul
									local.get $l17
									i32.add
									local.get $C
									i32.mul
									local.get $l31
									i32.add
									local.set $l22
									local.get $x
									local.get $l22
									i32.const 2
									i32.shl
									i32.add
									v128.load align=16
									local.set $l23
									local.get $l22
									i32x4.splat
									v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
									i32x4.add
									local.set $l24
									local.get $l15
									local.set $l19
									block
										loop
											local.get $l19
											local.get $l16
											i32.ge_s
											br_if 1
											local.get $l17
											local.set $l20
											block
												loop
													local.get $l20
													local.get $l18
													i32.ge_s
													br_if 1
													local.get $l12
													local.get $H
													i32.mul
													local.get $l19
													i32.add
													local.get $W
													i32.mul
													local.get $l20
													i32.add
													local.get $C
													i32.mul
													local.get $l31
													i32.add
													local.set $l22
													local.get $x
													local.get $l22
													i32.const 2
													i32.shl
													i32.add
													v128.load align=16
													local.set $l25
													local.get $l25
													local.get $l23
													f32x4.gt
													local.get $l25
													local.get $l25
													f32x4.ne
													v128.or
													local.set $l26
													local.get $l25
													local.get $l23
													local.get $l26
													v128.bitselect
													local.set $l23
													local.get $l22
													i32x4.splat
													v128.const i32x4 0x00000000 0x00000001 0x00000002 0x00000003
													i32x4.add
													local.get $l24
													local.get $l26
													v128.bitselect
													local.set $l24
													local.get $l20
													i32.const 1
													i32.add
													local.set $l20
													br 0
												end
											end
											local.get $l19
											i32.const 1
											i32.add
											local.set $l19
											br 0
										end
									end
									local.get $y
									local.get $l21
									local.get $l31
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l23
									v128.store align=16
									local.get $index
									local.get $l21
									local.get $l31
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l24
									v128.store align=16
									local.get $l31
									i32.const 4
									i32.add
									local.set $l31
									br 0
								end
							end
							block
								loop
									local.get $l31
									local.get $C
									i32.ge_s
									br_if 1
									local.get $l12
									local.get $H
									i32.mul
									local.get $l15
									i32.add
									local.get $W
									i32.mul
									local.get $l17
									i32.add
									local.get $C
									i32.mul
									local.get $l31
									i32.add
									local.set $l29
									local.get $x
									local.get $l29
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									local.set $l27
									local.get $l15
									local.set $l19
									block
										loop
											local.get $l19
											local.get $l16
											i32.ge_s
											br_if 1
											local.get $l17
											local.set $l20
											block
												loop
													local.get $l20
													local.get $l18
													i32.ge_s
													br_if 1
													local.get $l12
													local.get $H
													i32.mul
													local.get $l19
													i32.add
													local.get $W
													i32.mul
													local.get $l20
													i32.add
													local.get $C
													i32.mul
													local.get $l31
													i32.add
													local.set $l22
													local.get $x
													local.get $l22
													i32.const 2
													i32.shl
													i32.add
													f32.load align=4
													local.set $l28
													local.get $l28
													local.get $l27
													f32.gt
													local.get $l28
													local.get $l28
													f32.ne
													i32.or
													if
														local.get $l28
														local.set $l27
														local.get $l22
														local.set $l29
													end
													local.get $l20
													i32.const 1
													i32.add
													local.set $l20
													br 0
												end
											end
											local.get $l19
											i32.const 1
											i32.add
											local.set $l19
											br 0
										end
									end
									local.get $y
									local.get $l21
									local.get $l31
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l27
									f32.store align=4
									local.get $index
									if
										local.get $index
										local.get $l21
										local.get $l31
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.get $l29
										i32.store align=4
									end
									local.get $l31
									i32.const 1
									i32.add
									local.set $l31
									br 0
								end
							end
							else
							i32.const 0
							local.set $l32
							block
								loop
									local.get $l32
									i32.const 4
									i32.add
									local.get $C
									i32.gt_s
									br_if 1
									local.get $l12
									local.get $H
									i32.mul
									local.get $l15
									i32.add
									local.get $W
									i32.mul
									local.get $l17
									i32.add
									local.get $C
									i32.mul
									local.get $l32
									i32.add
									local.set $l22
									local.get $x
									local.get $l22
									i32.const 2
									i32.shl
									i32.add
									v128.load align=16
									local.set $l23
									local.get $l15
									local.set $l19
									block
										loop
											local.get $l19
											local.get $l16
											i32.ge_s
											br_if 1
											local.get $l17
											local.set $l20
											block
												loop
													local.get $l20
													local.get $l18
													i32.ge_s
													br_if 1
													local.get $l12
													local.get $H
													i32.mul
													local.get $l19
													i32.add
													local.get $W
													i32.mul
													local.get $l20
													i32.add
													local.get $C
													i32.mul
													local.get $l32
													i32.add
													local.set $l22
													local.get $x
													local.get $l22
													i32.const 2
													i32.shl
													i32.add
													v128.load align=16
													local.set $l25
													local.get $l25
													local.get $l23
													f32x4.gt
													local.get $l25
													local.get $l25
													f32x4.ne
													v128.or
													local.set $l26
													local.get $l25
													local.get $l23
													local.get $l26
													v128.bitselect
													local.set $l23
													local.get $l20
													i32.const 1
													i32.add
													local.set $l20
													br 0
												end
											end
											local.get $l19
											i32.const 1
											i32.add
											local.set $l19
											br 0
										end
									end
									local.get $y
									local.get $l21
									local.get $l32
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l23
									v128.store align=16
									local.get $l32
									i32.const 4
									i32.add
									local.set $l32
									br 0
								end
							end
							block
								loop
									local.get $l32
									local.get $C
									i32.ge_s
									br_if 1
									local.get $l12
									local.get $H
									i32.mul
									local.get $l15
									i32.add
									local.get $W
									i32.mul
									local.get $l17
									i32.add
									local.get $C
									i32.mul
									local.get $l32
									i32.add
									local.set $l29
									local.get $x
									local.get $l29
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									local.set $l27
									local.get $l15
									local.set $l19
									block
										loop
											local.get $l19
											local.get $l16
											i32.ge_s
											br_if 1
											local.get $l17
											local.set $l20
											block
												loop
													local.get $l20
													local.get $l18
													i32.ge_s
													br_if 1
													local.get $l12
													local.get $H
													i32.mul
													local.get $l19
													i32.add
													local.get $W
													i32.mul
													local.get $l20
													i32.add
													local.get $C
													i32.mul
													local.get $l32
													i32.add
													local.set $l22
													local.get $x
													local.get $l22
													i32.const 2
													i32.shl
													i32.add
													f32.load align=4
													local.set $l28
													local.get $l28
													local.get $l27
													f32.gt
													local.get $l28
													local.get $l28
													f32.ne
													i32.or
													if
														local.get $l28
														local.set $l27
														local.get $l22
														local.set $l29
													end
													local.get $l20
													i32.const 1
													i32.add
													local.set $l20
													br 0
												end
											end
											local.get $l19
											i32.const 1
											i32.add
											local.set $l19
											br 0
										end
									end
									local.get $y
									local.get $l21
									local.get $l32
									i32.add
									i32.const 2
									i32.shl
									i32.add
									local.get $l27
									f32.store align=4
									local.get $index
									if
										local.get $index
										local.get $l21
										local.get $l32
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.get $l29
										i32.store align=4
									end
									local.get $l32
									i32.const 1
									i32.add
									local.set $l32
									br 0
								end
							end
						end
						local.get $l14
						i32.const 1
						i32.add
						local.set $l14
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $maxpool_bwd (export "maxpool_bwd") (param $dy i32) (param $index i32) (param $dx i32) (param $N i32) (param $inLen i32) (param $outLen i32) (param $C i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l10
				local.get $l10
				local.get $N
				i32.ge_s
				br_if 1
				local.get $l10
				local.get $inLen
				i32.mul
				local.set $l9
				i32.const 0
				local.set $l11
				block
					loop
						local.get $l11
						i32.const 4
						i32.add
						local.get $inLen
						i32.gt_s
						br_if 1
						local.get $dx
						local.get $l9
						i32.const 2
						i32.shl
						i32.add
						local.get $l11
						i32.const 2
						i32.shl
						i32.add
						v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
						v128.store align=16
						local.get $l11
						i32.const 4
						i32.add
						local.set $l11
						br 0
					end
				end
				block
					loop
						local.get $l11
						local.get $inLen
						i32.ge_s
						br_if 1
						local.get $dx
						local.get $l9
						i32.const 2
						i32.shl
						i32.add
						local.get $l11
						i32.const 2
						i32.shl
						i32.add
						f32.const 0
						f32.store align=4
						local.get $l11
						i32.const 1
						i32.add
						local.set $l11
						br 0
					end
				end
				block
					local.get $l10
					local.get $outLen
					i32.mul
					local.set $l7
					block
						loop
							local.get $l7
							local.get $l10
							i32.const 1
							i32.add
							local.get $outLen
							i32.mul
							i32.ge_s
							br_if 1
							local.get $index
							local.get $l7
							i32.const 2
							i32.shl
							i32.add
							i32.load align=4
							local.set $l8
							local.get $l8
							local.get $l9
							i32.lt_s
							local.get $l8
							local.get $l9
							local.get $inLen
							i32.add
							i32.ge_s
							i32.or
							local.get $l8
							local.get $C
							i32.rem_s
							local.get $l7
							local.get $C
							i32.rem_s
							i32.ne
							i32.or
							if
								i32.const 0
								local.get $l7
								i32.atomic.store offset=8 align=4
								i32.const 0
								i32.const 2
								i32.atomic.store offset=4 align=4
								br 3
							end
							local.get $dx
							local.get $l8
							i32.const 2
							i32.shl
							i32.add
							local.get $dx
							local.get $l8
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							local.get $dy
							local.get $l7
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f32.add
							f32.store align=4
							local.get $l7
							i32.const 1
							i32.add
							local.set $l7
							br 0
						end
					end
				end
				br 0
			end
		end
  )

  (func $avgpool (export "avgpool") (param $x i32) (param $y i32) (param $N i32) (param $HW i32) (param $C i32)
    (local $l5 f64)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l8
				local.get $l8
				local.get $N
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l6
				block
					loop
						local.get $l6
						local.get $C
						i32.ge_s
						br_if 1
						f64.const 0
						local.set $l5
						i32.const 0
						local.set $l7
						block
							loop
								local.get $l7
								local.get $HW
								i32.ge_s
								br_if 1
								local.get $l5
								local.get $x
								local.get $l8
								local.get $HW
								i32.mul
								local.get $l7
								i32.add
								local.get $C
								i32.mul
								local.get $l6
								i32.add
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f64.promote_f32
								f64.add
								local.set $l5
								local.get $l7
								i32.const 1
								i32.add
								local.set $l7
								br 0
							end
						end
						local.get $y
						local.get $l8
						local.get $C
						i32.mul
						local.get $l6
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $l5
						local.get $HW
						f64.convert_i32_s
						f64.div
						f32.demote_f64
						f32.store align=4
						local.get $l6
						i32.const 1
						i32.add
						local.set $l6
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $avgpool_bwd (export "avgpool_bwd") (param $dy i32) (param $dx i32) (param $N i32) (param $HW i32) (param $C i32)
    (local $l5 f64)
    (local $l6 i32)
    (local $l7 i32)
    (local $l8 i32)
		f64.const 1
		local.get $HW
		f64.convert_i32_s
		f64.div
		local.set $l5
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l8
				local.get $l8
				local.get $N
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $HW
						i32.ge_s
						br_if 1
						i32.const 0
						local.set $l6
						block
							loop
								local.get $l6
								local.get $C
								i32.ge_s
								br_if 1
								local.get $dx
								local.get $l8
								local.get $HW
								i32.mul
								local.get $l7
								i32.add
								local.get $C
								i32.mul
								local.get $l6
								i32.add
								i32.const 2
								i32.shl
								i32.add
								local.get $dy
								local.get $l8
								local.get $C
								i32.mul
								local.get $l6
								i32.add
								i32.const 2
								i32.shl
								i32.add
								f32.load align=4
								f64.promote_f32
								local.get $l5
								f64.mul
								f32.demote_f64
								f32.store align=4
								local.get $l6
								i32.const 1
								i32.add
								local.set $l6
								br 0
							end
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				br 0
			end
		end
  )

  (func $softmax_xent (export "softmax_xent") (param $logits i32) (param $labels i32) (param $dlogits i32) (param $loss i32) (param $correct i32) (param $N i32) (param $classes i32)
    (local $l7 i32)
    (local $l8 i32)
    (local $l9 i32)
    (local $l10 i32)
    (local $l11 i32)
    (local $l12 i32)
    (local $l13 i32)
    (local $l14 f64)
    (local $l15 f64)
    (local $l16 f64)
    (local $l17 f64)
    (local $l18 f64)
    (local $l19 i32)
    (local $l20 i32)
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l19
				local.get $l19
				i32.const 1
				i32.ge_s
				br_if 1
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $N
						i32.ge_s
						br_if 1
						local.get $labels
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						i32.load align=4
						local.set $l9
						local.get $l9
						local.get $classes
						i32.ge_s
						if
							i32.const 0
							local.get $l7
							i32.atomic.store offset=8 align=4
							i32.const 0
							i32.const 3
							i32.atomic.store offset=4 align=4
							return
						end
						local.get $l9
						i32.const 0
						i32.ge_s
						if
							local.get $l10
							i32.const 1
							i32.add
							local.set $l10
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				i32.const 0
				local.set $l7
				block
					loop
						local.get $l7
						local.get $N
						i32.ge_s
						br_if 1
						local.get $labels
						local.get $l7
						i32.const 2
						i32.shl
						i32.add
						i32.load align=4
						local.set $l9
						local.get $logits
						local.get $l7
						local.get $classes
						i32.mul
						i32.const 2
						i32.shl
						i32.add
						local.set $l13
						local.get $l9
						i32.const 0
						i32.lt_s
						if
							local.get $dlogits
							if
								i32.const 0
								local.set $l20
								block
									loop
										local.get $l20
										i32.const 4
										i32.add
										local.get $classes
										i32.gt_s
										br_if 1
										local.get $dlogits
										local.get $l7
										local.get $classes
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										local.get $l20
										i32.const 2
										i32.shl
										i32.add
										v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
										v128.store align=16
										local.get $l20
										i32.const 4
										i32.add
										local.set $l20
										br 0
									end
								end
								block
									loop
										local.get $l20
										local.get $classes
										i32.ge_s
										br_if 1
										local.get $dlogits
										local.get $l7
										local.get $classes
										i32.mul
										i32.const 2
										i32.shl
										i32.add
										local.get $l20
										i32.const 2
										i32.shl
										i32.add
										f32.const 0
										f32.store align=4
										local.get $l20
										i32.const 1
										i32.add
										local.set $l20
										br 0
									end
								end
							end
							else
							i32.const 0
							local.set $l11
							i32.const 1
							local.set $l8
							block
								loop
									local.get $l8
									local.get $classes
									i32.ge_s
									br_if 1
									local.get $l13
									local.get $l8
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									local.get $l13
									local.get $l11
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									f32.gt
									if
										local.get $l8
										local.set $l11
									end
									local.get $l8
									i32.const 1
									i32.add
									local.set $l8
									br 0
								end
							end
							local.get $l11
							local.get $l9
							i32.eq
							if
								local.get $l12
								i32.const 1
								i32.add
								local.set $l12
							end
							local.get $l13
							local.get $l11
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f64.promote_f32
							local.set $l14
							f64.const 0
							local.set $l15
							i32.const 0
							local.set $l8
							block
								loop
									local.get $l8
									local.get $classes
									i32.ge_s
									br_if 1
									local.get $l15
									local.get $l13
									local.get $l8
									i32.const 2
									i32.shl
									i32.add
									f32.load align=4
									f64.promote_f32
									local.get $l14
									f64.sub
									call $math.exp
									f64.add
									local.set $l15
									local.get $l8
									i32.const 1
									i32.add
									local.set $l8
									br 0
								end
							end
							local.get $l14
							local.get $l15
							call $math.log
							f64.add
							local.set $l16
							local.get $l17
							local.get $l16
							local.get $l13
							local.get $l9
							i32.const 2
							i32.shl
							i32.add
							f32.load align=4
							f64.promote_f32
							f64.sub
							f64.add
							local.set $l17
							local.get $dlogits
							if
								i32.const 0
								local.set $l8
								block
									loop
										local.get $l8
										local.get $classes
										i32.ge_s
										br_if 1
										local.get $l13
										local.get $l8
										i32.const 2
										i32.shl
										i32.add
										f32.load align=4
										f64.promote_f32
										local.get $l16
										f64.sub
										call $math.exp
										local.set $l18
										local.get $l8
										local.get $l9
										i32.eq
										if
											local.get $l18
											f64.const 1
											f64.sub
											local.set $l18
										end
										local.get $dlogits
										local.get $l7
										local.get $classes
										i32.mul
										local.get $l8
										i32.add
										i32.const 2
										i32.shl
										i32.add
										local.get $l18
										local.get $l10
										f64.convert_i32_s
										f64.div
										f32.demote_f64
										f32.store align=4
										local.get $l8
										i32.const 1
										i32.add
										local.set $l8
										br 0
									end
								end
							end
						end
						local.get $l7
						i32.const 1
						i32.add
						local.set $l7
						br 0
					end
				end
				local.get $loss
				f32.const 0
				f32.store align=4
				local.get $l10
				i32.const 0
				i32.gt_s
				if
					local.get $loss
					local.get $l17
					local.get $l10
					f64.convert_i32_s
					f64.div
					f32.demote_f64
					f32.store align=4
				end
				local.get $correct
				local.get $l12
				i32.store align=4
				br 0
			end
		end
  )

  (func $input (export "input") (param $src i32) (param $dst i32) (param $npix i32) (param $mean0 f32) (param $mean1 f32) (param $mean2 f32) (param $std0 f32) (param $std1 f32) (param $std2 f32)
    (local $l9 v128)
    (local $l10 v128)
    (local $l11 v128)
    (local $l12 v128)
    (local $l13 v128)
    (local $l14 v128)
    (local $l15 v128)
    (local $l16 v128)
    (local $l17 i32)
    (local $l18 i32)
    (local $l19 i32)
    (local $l20 i32)
		local.get $mean0
		f32x4.splat
		local.set $l9
		local.get $l9
		local.get $mean1
		f32x4.replace_lane 1
		local.set $l9
		local.get $l9
		local.get $mean2
		f32x4.replace_lane 2
		local.set $l9
		local.get $l9
		local.get $mean0
		f32x4.replace_lane 3
		local.set $l9
		local.get $std0
		f32x4.splat
		local.set $l10
		local.get $l10
		local.get $std1
		f32x4.replace_lane 1
		local.set $l10
		local.get $l10
		local.get $std2
		f32x4.replace_lane 2
		local.set $l10
		local.get $l10
		local.get $std0
		f32x4.replace_lane 3
		local.set $l10
		local.get $mean1
		f32x4.splat
		local.set $l11
		local.get $l11
		local.get $mean2
		f32x4.replace_lane 1
		local.set $l11
		local.get $l11
		local.get $mean0
		f32x4.replace_lane 2
		local.set $l11
		local.get $l11
		local.get $mean1
		f32x4.replace_lane 3
		local.set $l11
		local.get $std1
		f32x4.splat
		local.set $l12
		local.get $l12
		local.get $std2
		f32x4.replace_lane 1
		local.set $l12
		local.get $l12
		local.get $std0
		f32x4.replace_lane 2
		local.set $l12
		local.get $l12
		local.get $std1
		f32x4.replace_lane 3
		local.set $l12
		local.get $mean2
		f32x4.splat
		local.set $l13
		local.get $l13
		local.get $mean0
		f32x4.replace_lane 1
		local.set $l13
		local.get $l13
		local.get $mean1
		f32x4.replace_lane 2
		local.set $l13
		local.get $l13
		local.get $mean2
		f32x4.replace_lane 3
		local.set $l13
		local.get $std2
		f32x4.splat
		local.set $l14
		local.get $l14
		local.get $std0
		f32x4.replace_lane 1
		local.set $l14
		local.get $l14
		local.get $std1
		f32x4.replace_lane 2
		local.set $l14
		local.get $l14
		local.get $std2
		f32x4.replace_lane 3
		local.set $l14
		block
			loop
				i32.const 0
				i32.const 1
				i32.atomic.rmw.add align=4
				local.set $l19
				local.get $l19
				local.get $npix
				i32.const 8192
				i32.add
				i32.const 1
				i32.sub
				i32.const 8192
				i32.div_s
				i32.ge_s
				br_if 1
				local.get $l19
				i32.const 8192
				i32.mul
				local.set $l17
				local.get $l17
				i32.const 8192
				i32.add
				local.get $npix
				local.get $l17
				i32.const 8192
				i32.add
				local.get $npix
				i32.lt_s
				select
				local.set $l18
				local.get $l17
				local.set $l20
				block
					loop
						local.get $l20
						i32.const 4
						i32.add
						local.get $l18
						i32.gt_s
						br_if 1
						local.get $src
						local.get $l20
						i32.const 3
						i32.mul
						i32.add
						v128.load64_zero align=8
						local.get $src
						local.get $l20
						i32.const 3
						i32.mul
						i32.add
						i32.load offset=8 align=4
						i32x4.replace_lane 2
						local.set $l15
						local.get $l15
						i16x8.extend_low_i8x16_u
						local.set $l16
						local.get $dst
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $l16
						i32x4.extend_low_i16x8_u
						f32x4.convert_i32x4_s
						f32.const 255
						f32x4.splat
						f32x4.div
						local.get $l9
						f32x4.sub
						local.get $l10
						f32x4.div
						v128.store align=16
						local.get $dst
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 4
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $l16
						i32x4.extend_high_i16x8_u
						f32x4.convert_i32x4_s
						f32.const 255
						f32x4.splat
						f32x4.div
						local.get $l11
						f32x4.sub
						local.get $l12
						f32x4.div
						v128.store align=16
						local.get $dst
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 8
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $l15
						i16x8.extend_high_i8x16_u
						i32x4.extend_low_i16x8_u
						f32x4.convert_i32x4_s
						f32.const 255
						f32x4.splat
						f32x4.div
						local.get $l13
						f32x4.sub
						local.get $l14
						f32x4.div
						v128.store align=16
						local.get $l20
						i32.const 4
						i32.add
						local.set $l20
						br 0
					end
				end
				block
					loop
						local.get $l20
						local.get $l18
						i32.ge_s
						br_if 1
						local.get $dst
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $src
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 0
						i32.add
						i32.add
						i32.load8_u align=1
						f32.convert_i32_s
						f32.const 255
						f32.div
						local.get $mean0
						f32.sub
						local.get $std0
						f32.div
						f32.store align=4
						local.get $dst
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 1
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $src
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 1
						i32.add
						i32.add
						i32.load8_u align=1
						f32.convert_i32_s
						f32.const 255
						f32.div
						local.get $mean1
						f32.sub
						local.get $std1
						f32.div
						f32.store align=4
						local.get $dst
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 2
						i32.add
						i32.const 2
						i32.shl
						i32.add
						local.get $src
						local.get $l20
						i32.const 3
						i32.mul
						i32.const 2
						i32.add
						i32.add
						i32.load8_u align=1
						f32.convert_i32_s
						f32.const 255
						f32.div
						local.get $mean2
						f32.sub
						local.get $std2
						f32.div
						f32.store align=4
						local.get $l20
						i32.const 1
						i32.add
						local.set $l20
						br 0
					end
				end
				br 0
			end
		end
  )
)
