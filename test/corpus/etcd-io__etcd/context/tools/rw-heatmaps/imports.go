// Import list of package main in tools/rw-heatmaps of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "go.etcd.io/etcd/tools/rw-heatmaps/v3/cmd"
	_ "os"
)
