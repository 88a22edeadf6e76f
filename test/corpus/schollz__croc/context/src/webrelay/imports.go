// Import list of package webrelay in src/webrelay of schollz/croc (the import blocks of its non-test files; no code kept)
package webrelay

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/coder/websocket"
	_ "github.com/schollz/croc/v11/src/publicrelay"
	_ "github.com/schollz/croc/v11/src/store"
	_ "github.com/schollz/croc/v11/src/version"
	_ "github.com/schollz/logger"
	_ "html"
	_ "io"
	_ "io/fs"
	_ "net"
	_ "net/http"
	_ "net/url"
	_ "path"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
