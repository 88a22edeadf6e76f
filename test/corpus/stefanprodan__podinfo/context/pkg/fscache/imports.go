// Import list of package fscache in pkg/fscache of stefanprodan/podinfo (the import blocks of its non-test files; no code kept)
package fscache

import (
	_ "errors"
	_ "github.com/fsnotify/fsnotify"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
)
