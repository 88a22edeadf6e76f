// Import list of package yaegi in pkg/plugins/yaegi of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package yaegi

import (
	_ "code.vikunja.io/api/pkg/plugins"
	_ "code.vikunja.io/api/pkg/yaegi_symbols"
	_ "fmt"
	_ "github.com/traefik/yaegi/interp"
	_ "github.com/traefik/yaegi/stdlib"
	_ "os"
	_ "path/filepath"
	_ "strings"
)
