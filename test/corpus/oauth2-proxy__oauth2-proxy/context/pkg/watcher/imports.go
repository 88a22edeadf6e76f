// Import list of package watcher in pkg/watcher of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package watcher

import (
	_ "fmt"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/oauth2-proxy/oauth2-proxy/v7/pkg/logger"
	_ "os"
	_ "path/filepath"
	_ "time"
)
