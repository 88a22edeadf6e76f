// Import list of package ticktick in pkg/modules/migration/ticktick of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package ticktick

import (
	_ "bufio"
	_ "bytes"
	_ "code.vikunja.io/api/pkg/models"
	_ "code.vikunja.io/api/pkg/modules/migration"
	_ "code.vikunja.io/api/pkg/user"
	_ "code.vikunja.io/api/pkg/utils"
	_ "encoding/csv"
	_ "errors"
	_ "github.com/gocarina/gocsv"
	_ "io"
	_ "sort"
	_ "strconv"
	_ "strings"
	_ "time"
)
