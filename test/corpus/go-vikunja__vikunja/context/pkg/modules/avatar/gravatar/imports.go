// Import list of package gravatar in pkg/modules/avatar/gravatar of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package gravatar

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "context"
	_ "encoding/base64"
	_ "fmt"
	_ "golang.org/x/sync/singleflight"
	_ "io"
	_ "net/http"
	_ "strconv"
	_ "strings"
	_ "time"
)
