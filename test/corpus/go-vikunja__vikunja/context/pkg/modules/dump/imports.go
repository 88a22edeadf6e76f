// Import list of package dump in pkg/modules/dump of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package dump

import (
	_ "archive/zip"
	_ "bufio"
	_ "bytes"
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/db"
	_ "code.vikunja.io/api/pkg/files"
	_ "code.vikunja.io/api/pkg/initialize"
	_ "code.vikunja.io/api/pkg/log"
	_ "code.vikunja.io/api/pkg/migration"
	_ "code.vikunja.io/api/pkg/utils"
	_ "code.vikunja.io/api/pkg/version"
	_ "encoding/base64"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/hashicorp/go-version"
	_ "github.com/spf13/viper"
	_ "io"
	_ "os"
	_ "path/filepath"
	_ "sort"
	_ "src.techknowlogick.com/xormigrate"
	_ "strconv"
	_ "strings"
)
