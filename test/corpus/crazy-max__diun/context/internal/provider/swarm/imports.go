// Import list of package swarm in internal/provider/swarm of crazy-max/diun (the import blocks of its non-test files; no code kept)
package swarm

import (
	_ "github.com/crazy-max/diun/v4/internal/model"
	_ "github.com/crazy-max/diun/v4/internal/provider"
	_ "github.com/crazy-max/diun/v4/pkg/docker"
	_ "github.com/moby/moby/api/types/swarm"
	_ "github.com/moby/moby/client"
	_ "github.com/rs/zerolog"
	_ "github.com/rs/zerolog/log"
	_ "reflect"
)
