// Import list of package main in tools/testgrid-analysis of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "go.etcd.io/etcd/tools/testgrid-analysis/v3/cmd"
)
