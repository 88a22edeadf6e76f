// Import list of package watcher in watcher of cloudflare/cloudflared (the import blocks of its non-test files; no code kept)
package watcher

import (
	_ "github.com/fsnotify/fsnotify"
)
