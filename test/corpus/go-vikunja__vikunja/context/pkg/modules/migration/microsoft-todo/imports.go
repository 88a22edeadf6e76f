// Import list of package microsofttodo in pkg/modules/migration/microsoft-todo of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package microsofttodo

import (
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "context"
	_ "encoding/json"
	_ "fmt"
	_ "net/http"
	_ "net/url"
	_ "strings"
	_ "time"
)
