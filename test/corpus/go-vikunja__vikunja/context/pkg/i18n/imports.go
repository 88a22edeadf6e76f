// Import list of package i18n in pkg/i18n of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package i18n

import (
	_ "code.vikunja.io/api/pkg/log"
	_ "embed"
	_ "encoding/json"
	_ "fmt"
	_ "io/fs"
	_ "path"
	_ "strings"
	_ "sync"
)
