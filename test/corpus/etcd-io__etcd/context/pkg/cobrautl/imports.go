// Import list of package cobrautl in pkg/cobrautl of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package cobrautl

import (
	_ "fmt"
	_ "github.com/spf13/cobra"
	_ "github.com/spf13/pflag"
	_ "io"
	_ "os"
	_ "strings"
	_ "text/tabwriter"
	_ "text/template"
)
