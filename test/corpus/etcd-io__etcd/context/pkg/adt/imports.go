// Import list of package adt in pkg/adt of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package adt

import (
	_ "bytes"
	_ "fmt"
	_ "math"
	_ "strings"
)
