// Import list of package publicrelay in src/publicrelay of schollz/croc (the import blocks of its non-test files; no code kept)
package publicrelay

import (
	_ "bytes"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/schollz/logger"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "sync"
	_ "time"
)
