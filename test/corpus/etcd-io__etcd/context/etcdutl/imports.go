// Import list of package main in etcdutl of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/spf13/cobra"
	_ "go.etcd.io/bbolt/cmd/bbolt/command"
	_ "go.etcd.io/etcd/etcdutl/v3/etcdutl"
	_ "go.etcd.io/etcd/pkg/v3/cobrautl"
	_ "time"
)
