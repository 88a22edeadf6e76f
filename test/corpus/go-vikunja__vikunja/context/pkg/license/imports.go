// Import list of package license in pkg/license of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package license

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/modules/keyvalue"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/version"
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/google/uuid"
	_ "io"
	_ "math/rand/v2"
	_ "net/http"
	_ "os"
	_ "runtime"
	_ "sort"
	_ "sync"
	_ "time"
)
