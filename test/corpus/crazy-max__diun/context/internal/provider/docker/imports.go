// Import list of package docker in internal/provider/docker of crazy-max/diun (the import blocks of its non-test files; no code kept)
package docker

import (
	_ "fmt"
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/crazy-max/diun/v4/pkg/docker"
	_ "github.com/docker/go-units"
	_ "github.com/moby/moby/api/types/container"
	_ "github.com/moby/moby/client"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "reflect"
	_ "strings"
	_ "time"
)
