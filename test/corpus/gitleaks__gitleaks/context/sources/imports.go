// Import list of package sources in sources of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package sources

import (
	_ "bufio"
	_ "bytes"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/fatih/semgroup"
	_ "github.com/gitleaks/go-gitdiff/gitdiff"
	_ "github.com/h2non/filetype"
	_ "github.com/mholt/archives"
	_ "github.com/rs/zerolog"
	_ "github.com/zricethezav/gitleaks/v8/cmd/scm"
	_ "github.com/zricethezav/gitleaks/v8/config"
	_ "github.com/zricethezav/gitleaks/v8/logging"
	_ "io"
	_ "io/fs"
	_ "net/url"
	_ "os"
	_ "os/exec"
	_ "path/filepath"
	_ "regexp"
	_ "runtime"
	_ "strings"
	_ "sync"
	_ "time"
)
