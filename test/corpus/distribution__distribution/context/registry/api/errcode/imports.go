// Import list of package errcode in registry/api/errcode of distribution/distribution (the import blocks of its non-test files; no code kept)
package errcode

import (
	_ "encoding/json"
	_ "fmt"
	_ "net/http"
	_ "sort"
	_ "strings"
	_ "sync"
)
