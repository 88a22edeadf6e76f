// Import list of package plugin in plugin of gotify/server (the import blocks of its non-test files; no code kept)
package plugin

import (
	_ "bufio"
	_ "bytes"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/gin-gonic/gin"
	_ "github.com/gotify/server/v2/auth"
	_ "github.com/gotify/server/v2/model"
	_ "github.com/gotify/server/v2/plugin/compat"
	_ "github.com/rs/zerolog/log"
	_ "gopkg.in/yaml.v3"
	_ "os"
	_ "path/filepath"
	_ "plugin"
	_ "strconv"
	_ "strings"
	_ "sync"
	_ "time"
)
