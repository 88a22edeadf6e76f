// Import list of package settings in share/settings of jpillora/chisel (the import blocks of its non-test files; no code kept)
package settings

import (
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/jpillora/chisel/share/cio"
	_ "net"
	_ "net/url"
	_ "os"
	_ "regexp"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
