// Import list of package cmd in tools/rw-heatmaps/cmd of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cmd

import (
	_ "fmt"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "go.etcd.io/etcd/tools/rw-heatmaps/v3/pkg/chart"
	_ "go.etcd.io/etcd/tools/rw-heatmaps/v3/pkg/dataset"
)
