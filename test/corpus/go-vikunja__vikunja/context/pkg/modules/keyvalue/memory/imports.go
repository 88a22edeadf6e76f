// Import list of package memory in pkg/modules/keyvalue/memory of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package memory

import (
	_ "code.vikunja.io/api/pkg/modules/keyvalue/error"
	_ "reflect"
	_ "strings"
	_ "sync"
	_ "time"
)
