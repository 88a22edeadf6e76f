// Import list of package audit in pkg/audit of go-vikunja/vikunja (the import blocks of its non-test files; no code kept)
package audit

import (
	_ "code.vikunja.io/api/pkg/config"
	_ "code.vikunja.io/api/pkg/events"
	_ "code.vikunja.io/api/pkg/license"
	_ "code.vikunja.io/api/pkg/log"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/ThreeDotsLabs/watermill/message"
	_ "github.com/google/uuid"
	_ "os"
	_ "path/filepath"
	_ "strings"
	_ "sync"
	_ "time"
)
