// Import list of package main in tools/benchmark of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "fmt"
	_ "go.etcd.io/etcd/v3/tools/benchmark/cmd"
	_ "os"
)
