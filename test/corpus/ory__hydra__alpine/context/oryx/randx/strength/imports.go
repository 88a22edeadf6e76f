// Import list of package main in oryx/randx/strength of ory/hydra (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "github.com/ory/x/randx"
	_ "gonum.org/v1/plot"
	_ "gonum.org/v1/plot/plotter"
	_ "gonum.org/v1/plot/plotutil"
	_ "gonum.org/v1/plot/vg"
	_ "sort"
)
