// Import list of package flags in pkg/flags of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package flags

import (
	_ "errors"
	_ "flag"
	_ "fmt"
	_ "github.com/spf13/pflag"
	_ "go.etcd.io/etcd/client/pkg/v3/types"
	_ "go.uber.org/zap"
	_ "net/url"
	_ "os"
	_ "sort"
	_ "strconv"
	_ "strings"
)
