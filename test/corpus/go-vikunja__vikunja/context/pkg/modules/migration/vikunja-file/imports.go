// Import list of package vikunjafile in pkg/modules/migration/vikunja-file of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package vikunjafile

import (
	_ "archive/zip"
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/version"
	_ "encoding/json"
	_ "fmt"
	_ "github.com/c2h5oh/datasize"
	_ "github.com/hashicorp/go-version"
	_ "io"
	_ "math"
	_ "strconv"
	_ "strings"
)
