// Import list of package report in pkg/report of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package report

import (
	_ "encoding/csv"
	_ "encoding/json"
	_ "fmt"
	_ "log"
	_ "maps"
	_ "math"
	_ "os"
	_ "path/filepath"
	_ "slices"
	_ "sort"
	_ "strings"
	_ "sync"
	_ "time"
)
