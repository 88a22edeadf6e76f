// Import list of package ctlv3 in etcdctl/ctlv3 of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package ctlv3

import (
	_ "fmt"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "go.etcd.io/etcd/etcdctl/v3/ctlv3/command"
	_ "go.etcd.io/etcd/pkg/v3/cobrautl"
	_ "os"
	_ "time"
)
