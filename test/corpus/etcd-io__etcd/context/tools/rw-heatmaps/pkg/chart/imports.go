// Import list of package chart in tools/rw-heatmaps/pkg/chart of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package chart

import (
	_ "cmp"
	_ "fmt"
	_ "go.etcd.io/etcd/tools/rw-heatmaps/v3/pkg/dataset"
	_ "gonum.org/v1/plot"
	_ "gonum.org/v1/plot/font"
	_ "gonum.org/v1/plot/palette"
	_ "gonum.org/v1/plot/palette/brewer"
	_ "gonum.org/v1/plot/plotter"
	_ "gonum.org/v1/plot/plotutil"
	_ "gonum.org/v1/plot/vg"
	_ "gonum.org/v1/plot/vg/draw"
	_ "gonum.org/v1/plot/vg/vgimg"
	_ "image/color"
	_ "io"
	_ "math"
	_ "os"
	_ "slices"
	_ "sort"
	_ "strings"
)
