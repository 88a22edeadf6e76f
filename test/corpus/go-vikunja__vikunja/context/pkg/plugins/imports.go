// Import list of package plugins in pkg/plugins of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package plugins

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/migration"
	_ "errors"
	_ "github.com/labstack/echo/v5"
	_ "os"
	_ "path/filepath"
	_ "plugin"
	_ "src.techknowlogick.com/xormigrate"
	_ "sync"
)
