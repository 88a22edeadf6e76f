// Import list of package core in core of drone/drone (the import blocks of its non-test files; no code kept)
package core

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/asaskevich/govalidator"
	_ "github.com/drone/drone-yaml/yaml"
	_ "github.com/drone/drone/handler/api/errors"
	_ "github.com/gosimple/slug"
	_ "github.com/robfig/cron"
	_ "io"
	_ "net/http"
	_ "net/url"
	_ "regexp"
	_ "time"
)
