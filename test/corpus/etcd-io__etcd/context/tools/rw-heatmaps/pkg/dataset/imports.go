// Import list of package dataset in tools/rw-heatmaps/pkg/dataset of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package dataset

import (
	_ "encoding/csv"
	_ "os"
	_ "path/filepath"
	_ "sort"
	_ "strconv"
	_ "strings"
)
