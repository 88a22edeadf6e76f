// Import list of package plugin in lib/tgspam/plugin of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package plugin

import (
	_ "encoding/json"
	_ "fmt"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/umputun/tg-spam/lib/spamcheck"
	_ "github.com/yuin/gopher-lua"
	_ "io"
	_ "log"
	_ "net/http"
	_ "net/url"
	_ "os"
	_ "path/filepath"
	_ "regexp"
	_ "strings"
	_ "sync"
	_ "time"
)
