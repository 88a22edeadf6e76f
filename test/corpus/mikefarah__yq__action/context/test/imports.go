// Import list of package test in test of mikefarah/yq (the import blocks of its non-test files; no code kept)
package test

import (
	_ "bufio"
	_ "bytes"
	_ "fmt"
	_ "github.com/pkg/diff"
	_ "github.com/pkg/diff/write"
	_ "reflect"
	_ "testing"
)
