// Import list of package port in test/e2e/pkg/port of fatedier/frp (the import blocks of its non-test files; no code kept)
package port

import (
	_ "fmt"
	_ "k8s.io/apimachinery/pkg/util/sets"
	_ "net"
	_ "strconv"
	_ "strings"
	_ "sync"
)
