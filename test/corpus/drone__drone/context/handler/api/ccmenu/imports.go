// Import list of package ccmenu in handler/api/ccmenu of drone/drone (the import blocks of its non-test files; no code kept)
package ccmenu

import (
	_ "encoding/xml"
	_ "fmt"
	_ "github.com/drone/drone/core"
	_ "github.com/drone/drone/handler/api/render"
	_ "github.com/go-chi/chi"
	_ "net/http"
	_ "time"
)
