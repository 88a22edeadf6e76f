// Import list of package types in client/pkg/types of etcd-io/etcd (the import blocks of its non-test files; no code kept)
package types

import (
	_ "errors"
	_ "fmt"
	_ "net"
	_ "net/url"
	_ "reflect"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "sync"
)
