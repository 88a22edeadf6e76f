// Import list of package featuregate in pkg/featuregate of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package featuregate

import (
	_ "flag"
	_ "fmt"
	_ "github.com/spf13/pflag"
	_ "go.uber.org/zap"
	_ "maps"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "sync/atomic"
)
